import { requestTemplateNotes, requestTemplateTable } from '@shared/import';
import type { XlsxFile } from '../../import/exportList';
import { writeXlsx } from '../../import/writeXlsx';

/** The 约谈申请 import template: the recognised headers with one example row, and a sheet explaining each column. */
export const requestTemplateXlsx = async (): Promise<XlsxFile> => ({
  fileName: '约谈申请导入模板.xlsx',
  bytes: await writeXlsx([
    { name: '约谈申请', ...requestTemplateTable() },
    { name: '填写说明', ...requestTemplateNotes() },
  ]),
});
