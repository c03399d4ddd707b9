/**
 * A company's name as people say it on the floor: “北京智感科技有限公司”
 * reads “北京智感科技”. The board and the big screen have one line per side,
 * and the legal-form suffix is what makes names too long to fit.
 */
const LEGAL_FORMS = ['股份有限公司', '有限责任公司', '集团有限公司', '有限公司'] as const;

export const orgShortName = (name: string): string => {
  const form = LEGAL_FORMS.find((suffix) => name.endsWith(suffix) && name.length > suffix.length + 1);
  return form ? name.slice(0, -form.length) : name;
};
