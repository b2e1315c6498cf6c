import { afterEach, describe, expect, it, vi } from 'vitest';
import { Deck, slidesOf } from '../../src/app/present/deck.svelte';
import { fitZoom, MIN_ZOOM } from '../../src/app/present/fit';
import { leadOf, partOf, showPart } from '../../src/app/present/parts';
import { deckAction, KEYS } from '../../src/app/present/keys';
import { remember, remembered } from '../../src/app/present/remembered';
import { parseHash } from '../../src/app/route';

const key = (k: string, target: EventTarget | null = document.body, mods: Partial<KeyboardEvent> = {}) =>
  deckAction({ key: k, target, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('the deck’s keys', () => {
  // The help overlay's names for keys, as KeyboardEvent.key spells them.
  const SPELLED: Record<string, string[]> = { '→': ['ArrowRight'], '←': ['ArrowLeft'], '↓': ['ArrowDown'], '↑': ['ArrowUp'], Space: [' '], Esc: ['Escape'], '1–9': ['1', '9'] };
  const rows = KEYS.map(([keys, what]) => ({ what, actions: keys.split(' ').flatMap((k) => SPELLED[k] ?? [k]).map((k) => JSON.stringify(key(k))) }));

  it('does something for every key the help overlay lists, and no two of its lines do the same', () => {
    for (const { what, actions } of rows) expect(actions, what).not.toContain(undefined);
    const all = rows.flatMap((r) => [...new Set(r.actions)]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('moves on and back with a clicker remote’s PageDown and PageUp, as with the arrows', () => {
    expect(key('PageDown')).toBe(key('ArrowRight'));
    expect(key('PageUp')).toBe(key('ArrowLeft'));
    expect(key('ArrowRight')).toBe('next');
  });

  it('sends number keys to the slide’s prepared scenarios', () => {
    expect(key('3')).toEqual({ preset: 3 });
    expect(key('0')).toBeUndefined();
  });

  it('leaves keys typed into a widget to the widget', () => {
    const input = document.createElement('input');
    const slider = Object.assign(document.createElement('div'), { role: 'slider' });
    slider.setAttribute('role', 'slider');
    document.body.append(input, slider);
    expect(key('ArrowRight', input)).toBeUndefined();
    expect(key('ArrowRight', slider)).toBeUndefined();
    expect(key(' ', input)).toBeUndefined();
    expect(key('Escape', input)).toBe('close');
  });

  it('leaves the browser’s own shortcuts alone', () => {
    expect(key('f', document.body, { ctrlKey: true })).toBeUndefined();
    expect(key('ArrowLeft', document.body, { altKey: true })).toBeUndefined();
  });
});

describe('the deck', () => {
  it('stays within its slides', () => {
    const deck = new Deck(slidesOf('Title', [{ id: 'a', title: 'A', slides: 1 }, { id: 'b', title: 'B', slides: 1 }]), 7);
    expect(deck.index).toBe(2);
    deck.go(-3);
    expect(deck.current.title).toBe('Title');
    expect(deck.next?.id).toBe('a');
    deck.go(2);
    expect(deck.next).toBeUndefined();
  });
});

describe('a section cut into slides by ---', () => {
  it('makes one slide per part, after the title slide, each with its section’s id and title', () => {
    const slides = slidesOf('Four steps', [
      { id: 'try-it', title: 'Try it', slides: 2 },
      { id: 'summary', title: 'Summary', slides: 1 },
    ]);
    expect(slides.map((s) => `${s.id}:${s.part + 1}/${s.parts}`)).toEqual([':1/1', 'try-it:1/2', 'try-it:2/2', 'summary:1/1']);
  });

  const section = () => {
    const el = document.createElement('section');
    el.innerHTML = '<h2>Try it</h2><p>Predict.</p><form>check</form><p>More words.</p><hr><div class="widget">calc</div><p>Now test.</p><ul><li>a</li></ul><hr><p>Last.</p>';
    return el;
  };
  const texts = (els: Element[]) => els.map((e) => e.textContent);

  it('gives each part its own blocks, the heading and the breaks in none', () => {
    expect(texts(partOf(section(), 0))).toEqual(['Predict.', 'check', 'More words.']);
    expect(texts(partOf(section(), 1))).toEqual(['calc', 'Now test.', 'a']);
    expect(texts(partOf(section(), 2))).toEqual(['Last.']);
    expect(partOf(section(), 3)).toEqual([]);
  });

  it('shows one part, with its lead paragraph, and can show another after it', () => {
    const el = section();
    const on = () => texts([...el.children].filter((c) => c.tagName !== 'HR' && !c.hasAttribute('data-off-slide')));
    const lead = () => texts([...el.querySelectorAll('[data-lead]')]);
    showPart(el, 2);
    expect(on()).toEqual(['Try it', 'Last.']);
    expect(lead()).toEqual(['Last.']);
    showPart(el, 0);
    expect(on()).toEqual(['Try it', 'Predict.', 'check', 'More words.']);
    expect(lead()).toEqual(['Predict.']);
  });

  it('leads with no paragraph that debriefs a widget or check shown before it', () => {
    const el = section();
    showPart(el, 1);
    expect(el.querySelector('[data-lead]')).toBeNull();
    const listFirst = document.createElement('section');
    listFirst.innerHTML = '<h2>A</h2><ul><li>x</li></ul><p>Says it.</p><div class="waiting"></div><p>Debrief.</p>';
    expect(leadOf(partOf(listFirst, 0))?.textContent).toBe('Says it.');
  });
});

describe('a slide fitted to the screen', () => {
  it('is left at full size when it fits', () => {
    expect(fitZoom(600, 680, 1216)).toBe(1);
    expect(fitZoom(680, 680, 1216)).toBe(1);
  });

  it('is shrunk just enough when a little taller, never rounded up past the room', () => {
    const zoom = fitZoom(850, 680, 1216);
    expect(zoom).toBe(0.8);
    expect(fitZoom(900, 680, 1216) * 900).toBeLessThanOrEqual(680);
  });

  it('goes no smaller than text can be read from the back of the room; the rest scrolls', () => {
    expect(fitZoom(5000, 680, 1216)).toBe(MIN_ZOOM);
  });

  it('stays at full size on an upright phone, and when nothing is measured yet', () => {
    expect(fitZoom(2000, 760, 358)).toBe(1);
    expect(fitZoom(Number.NaN, 680, 1216)).toBe(1);
    expect(fitZoom(0, 0, 0)).toBe(1);
  });
});

describe('presenter addresses', () => {
  it('reads the slide, counting from 1, and the window', () => {
    expect(parseHash('#/en/present/clv/four-steps/3').route).toEqual({ kind: 'present', locale: 'en', module: 'clv', lesson: 'four-steps', slide: 3, view: 'audience' });
    expect(parseHash('#/zh/presenter/clv/four-steps').route).toEqual({ kind: 'present', locale: 'zh', module: 'clv', lesson: 'four-steps', slide: 1, view: 'presenter' });
    expect(parseHash('#/en/present/clv/four-steps/0').route.kind).not.toBe('present');
    expect(parseHash('#/en/present/clv/four-steps/x').route.kind).not.toBe('present');
  });

  it('reads handouts for trainees and for the instructor', () => {
    expect(parseHash('#/en/handout/clv/four-steps').route).toEqual({ kind: 'handout', locale: 'en', module: 'clv', lesson: 'four-steps', version: 'trainee' });
    expect(parseHash('#/en/handout/clv/four-steps/instructor').route).toMatchObject({ version: 'instructor' });
  });
});

describe('a presenter switch kept over a reload', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    sessionStorage.clear();
  });

  it('comes back on only from what it wrote: anything else in its place reads as off', () => {
    remember('cvm.present.tables.clv/four-steps', true);
    expect(remembered('cvm.present.tables.clv/four-steps')).toBe(true);
    expect(remembered('cvm.present.tables.clv/what-is-clv')).toBe(false);
    sessionStorage.setItem('cvm.present.tables.clv/four-steps', 'true?');
    expect(remembered('cvm.present.tables.clv/four-steps')).toBe(false);
    remember('cvm.present.tables.clv/four-steps', false);
    expect(sessionStorage.getItem('cvm.present.tables.clv/four-steps')).toBeNull();
  });

  it('is off, and lasts only for the page, where storage is turned off', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => remember('cvm.present.tables.clv/four-steps', true)).not.toThrow();
    expect(remembered('cvm.present.tables.clv/four-steps')).toBe(false);
  });
});
