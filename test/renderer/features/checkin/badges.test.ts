import { describe, expect, it } from 'vitest';
import { badgeCardOf, badgePageSize, badgesHtml } from '../../../../renderer/features/checkin/print/badges';
import type { Organisation, Participant } from '@shared/model';

const card = (i: number) => ({ id: `p${i}`, name: `参会人${i}`, roles: ['需求方'], badgeCode: `CODE${i}` });

describe('badge printout', () => {
  it('puts eight badges on a sheet, each with its QR code and the code under it', () => {
    const html = badgesHtml('测试对接会', Array.from({ length: 9 }, (_, i) => card(i + 1)));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const sheets = doc.querySelectorAll('section.sheet');
    expect(sheets).toHaveLength(2);
    expect(sheets[0]?.querySelectorAll('.card')).toHaveLength(8);
    const first = sheets[0]?.querySelector('.card');
    expect(first?.querySelector('svg')).toBeTruthy();
    expect(first?.querySelector('figcaption')?.textContent).toBe('CODE1');
    expect(first?.querySelector('.event')?.textContent).toBe('测试对接会');
    expect(doc.querySelector('script')).toBeNull();
  });

  it('escapes names and shows organisation and roles', () => {
    const person = { id: 'p', name: '<b>张伟</b>', organisationId: 'o', roles: ['需求方', '投资人'], badgeCode: 'AB23', checkIn: { state: '未签到' } } as unknown as Participant;
    const orgs = new Map([['o', { name: '北京智感科技有限公司' } as Organisation]]);
    const html = badgesHtml('会', [badgeCardOf(person, orgs)]);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('.name')?.textContent).toBe('<b>张伟</b>');
    expect(doc.querySelector('.org')?.textContent).toBe('北京智感科技有限公司');
    expect([...doc.querySelectorAll('.role')].map((r) => r.textContent)).toEqual(['需求方', '投资人']);
    expect(doc.title).toBe('<b>张伟</b>-胸卡');
  });

  it('lays out one portrait badge per page of badge paper, sized 100 × 140 mm', () => {
    const html = badgesHtml('测试对接会', Array.from({ length: 3 }, (_, i) => card(i + 1)), 'single');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const pages = [...doc.querySelectorAll('section.page')];
    expect(pages).toHaveLength(3);
    expect(pages.every((page) => page.classList.contains('single') && page.querySelectorAll('.card').length === 1)).toBe(true);
    expect(pages.map((page) => page.querySelector('figcaption')?.textContent)).toEqual(['CODE1', 'CODE2', 'CODE3']);
    expect(doc.querySelector('section.sheet')).toBeNull();
    expect(doc.querySelector('style')?.textContent).toContain('@page { size: 100mm 140mm; margin: 0; }');
    expect(badgePageSize('single')).toBe('badge');
  });

  it('keeps the A4 sheet as the default layout', () => {
    const doc = new DOMParser().parseFromString(badgesHtml('会', [card(1)]), 'text/html');
    expect(doc.querySelector('section.sheet .card')).toBeTruthy();
    expect(doc.querySelector('style')?.textContent).toContain('@page { size: A4 portrait; margin: 10mm 0; }');
    expect(badgePageSize('sheet')).toBe('A4');
  });
});
