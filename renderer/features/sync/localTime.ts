/** The laptop's local date and time of an ISO string or a Date, as the 数据交换 lists show it. */
export const localTime = (at: string | Date): string => (typeof at === 'string' ? new Date(at) : at).toLocaleString('zh-CN', { hour12: false });
