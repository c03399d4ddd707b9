import { BADGE_PAGE_MM, type PageSize, type PrintJob } from '@shared/bridge';
import type { Organisation, Participant } from '@shared/model';
import { html, printDocument, type SafeHtml } from '../../schedule/print/printDocument';
import { qrSvg } from '../../schedule/print/qrSvg';

/**
 * 胸卡: either 90 × 54 mm cards, eight to an A4 sheet (2 × 4) with dashed cut
 * lines, to slip into standard badge holders, or one portrait badge to a page
 * of badge paper (`BADGE_PAGE_MM`, the insert of a PVC sleeve). The name is
 * large enough to read across a meeting table; the QR code holds the badge
 * code for the desk's scanner, printed under it for when a scanner fails.
 */

export type BadgeCard = { id: string; name: string; title?: string; organisation?: string; roles: readonly string[]; badgeCode: string };

export const badgeCardOf = (p: Participant, organisations: ReadonlyMap<string, Organisation>): BadgeCard => {
  const organisation = p.organisationId ? organisations.get(p.organisationId)?.name : undefined;
  return { id: p.id, name: p.name, roles: p.roles, badgeCode: p.badgeCode, ...(p.title ? { title: p.title } : {}), ...(organisation ? { organisation } : {}) };
};

export const BADGES_PER_PAGE = 8;

/** `sheet`: A4 整页排版, eight to a page; `single`: 胸卡纸, one to a page. */
export const BADGE_LAYOUTS = ['sheet', 'single'] as const;
export type BadgeLayout = (typeof BADGE_LAYOUTS)[number];

/** The print job's paper for each layout. */
export const badgePageSize = (layout: BadgeLayout): PageSize => (layout === 'single' ? 'badge' : 'A4');

const { width, height } = BADGE_PAGE_MM;

const CSS = `
.sheet { display: grid; grid-template-columns: repeat(2, 90mm); grid-auto-rows: 54mm; justify-content: center; align-content: start; padding-top: 4mm; }
.card { position: relative; overflow: hidden; outline: 0.2mm dashed #999; outline-offset: -0.1mm; padding: 4mm 4mm 3mm 5mm; display: grid; grid-template-columns: 1fr 28mm; grid-template-rows: auto 1fr auto; column-gap: 3mm; }
.event { grid-column: 1 / 3; font-size: 7.5pt; color: #555; border-bottom: 0.3mm solid #1f6feb; padding-bottom: 1mm; margin-bottom: 2mm; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.who { display: flex; flex-direction: column; justify-content: center; min-width: 0; }
.name { font-size: 22pt; font-weight: 700; line-height: 1.15; letter-spacing: 0.08em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.name.long { font-size: 15pt; letter-spacing: 0; white-space: normal; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
.title { font-size: 8.5pt; color: #333; margin-top: 0.5mm; }
.org { font-size: 9.5pt; margin-top: 1.5mm; line-height: 1.3; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.qr { grid-row: 2 / 4; grid-column: 2; margin: 0; text-align: center; align-self: center; }
.qr svg { display: block; width: 26mm; height: 26mm; margin: 0 auto; }
.qr figcaption { font-family: Consolas, Menlo, "DejaVu Sans Mono", monospace; font-size: 9pt; letter-spacing: 0.15em; white-space: nowrap; }
.qr figcaption.long { font-size: 7pt; letter-spacing: 0; }
.roles { grid-column: 1; align-self: end; display: flex; gap: 1.5mm; flex-wrap: wrap; }
.role { font-size: 8.5pt; font-weight: 600; color: #fff; background: #1f6feb; border-radius: 1mm; padding: 0.3mm 2mm; }
.role.需求方 { background: #d4380d; } .role.成果方 { background: #1f6feb; } .role.专家 { background: #531dab; } .role.投资人 { background: #d48806; } .role.工作人员 { background: #555; }
`;

/**
 * The same card, portrait and larger. The page is 1 mm shorter than the paper
 * because a box exactly as tall as the page spills a blank page after it.
 */
const SINGLE_CSS = `
.single { width: ${width}mm; height: ${height - 1}mm; overflow: hidden; }
.single .card { outline: none; width: 100%; height: 100%; padding: 8mm 7mm 7mm; display: flex; flex-direction: column; align-items: center; text-align: center; }
.single .event { width: 100%; font-size: 10pt; border-bottom-width: 0.5mm; padding-bottom: 2mm; margin-bottom: 0; }
.single .who { flex: 1; align-items: center; width: 100%; }
.single .name { font-size: 34pt; }
.single .name.long { font-size: 24pt; }
.single .title { font-size: 12pt; margin-top: 1.5mm; }
.single .org { font-size: 13pt; margin-top: 3mm; }
.single .roles { order: 1; align-self: center; justify-content: center; margin-bottom: 4mm; }
.single .role { font-size: 11pt; padding: 0.5mm 3mm; }
.single .qr { order: 2; }
.single .qr svg { width: 36mm; height: 36mm; }
.single .qr figcaption { font-size: 11pt; }
`;

const card = (eventName: string, b: BadgeCard): SafeHtml => html`<article class="card" data-badge="${b.badgeCode}">
<div class="event">${eventName}</div>
<div class="who"><div class="name${b.name.length > 4 ? ' long' : ''}">${b.name}</div>${b.title ? html`<div class="title">${b.title}</div>` : ''}${b.organisation ? html`<div class="org">${b.organisation}</div>` : ''}</div>
<figure class="qr">${qrSvg(b.badgeCode)}<figcaption${b.badgeCode.length > 8 ? html` class="long"` : ''}>${b.badgeCode}</figcaption></figure>
<div class="roles">${b.roles.map((r) => html`<span class="role ${r}">${r}</span>`)}</div>
</article>`;

const pagesOf = (eventName: string, badges: readonly BadgeCard[], layout: BadgeLayout): SafeHtml[] => {
  if (layout === 'single') return badges.map((b) => html`<section class="page single">${card(eventName, b)}</section>`);
  const sheets: SafeHtml[] = [];
  for (let i = 0; i < badges.length; i += BADGES_PER_PAGE) {
    sheets.push(html`<section class="page sheet">${badges.slice(i, i + BADGES_PER_PAGE).map((b) => card(eventName, b))}</section>`);
  }
  return sheets;
};

export const badgesHtml = (eventName: string, badges: readonly BadgeCard[], layout: BadgeLayout = 'sheet'): string => {
  const pages = pagesOf(eventName, badges, layout);
  const title = badges.length === 1 && badges[0] ? `${badges[0].name}-胸卡` : `${eventName}-胸卡`;
  const body = pages.length ? html`${pages}` : html`<section class="page"><p class="empty">没有要打印的胸卡</p></section>`;
  return layout === 'single'
    ? printDocument({ title, css: CSS + SINGLE_CSS, body, size: `${width}mm ${height}mm`, margin: '0' })
    : printDocument({ title, css: CSS, body, margin: '10mm 0' });
};

/** The print job for `badges` on the paper of `layout`, saved or printed as `suggestedName`. */
export const badgesJob = (eventName: string, badges: readonly BadgeCard[], layout: BadgeLayout, suggestedName: string): PrintJob => ({
  html: badgesHtml(eventName, badges, layout),
  pageSize: badgePageSize(layout),
  suggestedName,
});
