import type { Organisation, Participant } from '@shared/model';
import { html, printDocument, type SafeHtml } from '../../schedule/print/printDocument';
import { qrSvg } from '../../schedule/print/qrSvg';

/**
 * 胸卡: 90 × 54 mm cards, eight to an A4 sheet (2 × 4) with dashed cut
 * lines, to slip into standard badge holders. The name is large enough to
 * read across a meeting table; the QR code holds the badge code for the
 * desk's scanner, printed under it for when a scanner fails.
 */

export type BadgeCard = { id: string; name: string; title?: string; organisation?: string; roles: readonly string[]; badgeCode: string };

export const badgeCardOf = (p: Participant, organisations: ReadonlyMap<string, Organisation>): BadgeCard => {
  const organisation = p.organisationId ? organisations.get(p.organisationId)?.name : undefined;
  return { id: p.id, name: p.name, roles: p.roles, badgeCode: p.badgeCode, ...(p.title ? { title: p.title } : {}), ...(organisation ? { organisation } : {}) };
};

export const BADGES_PER_PAGE = 8;

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

const card = (eventName: string, b: BadgeCard): SafeHtml => html`<article class="card" data-badge="${b.badgeCode}">
<div class="event">${eventName}</div>
<div class="who"><div class="name${b.name.length > 4 ? ' long' : ''}">${b.name}</div>${b.title ? html`<div class="title">${b.title}</div>` : ''}${b.organisation ? html`<div class="org">${b.organisation}</div>` : ''}</div>
<figure class="qr">${qrSvg(b.badgeCode)}<figcaption${b.badgeCode.length > 8 ? html` class="long"` : ''}>${b.badgeCode}</figcaption></figure>
<div class="roles">${b.roles.map((r) => html`<span class="role ${r}">${r}</span>`)}</div>
</article>`;

export const badgesHtml = (eventName: string, badges: readonly BadgeCard[]): string => {
  const sheets: SafeHtml[] = [];
  for (let i = 0; i < badges.length; i += BADGES_PER_PAGE) {
    sheets.push(html`<section class="page sheet">${badges.slice(i, i + BADGES_PER_PAGE).map((b) => card(eventName, b))}</section>`);
  }
  const title = badges.length === 1 && badges[0] ? `${badges[0].name}-胸卡` : `${eventName}-胸卡`;
  const body = sheets.length ? html`${sheets}` : html`<section class="page"><p class="empty">没有要打印的胸卡</p></section>`;
  return printDocument({ title, css: CSS, body, margin: '10mm 0' });
};
