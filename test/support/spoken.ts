/**
 * What a screen reader says, reading an element from top to bottom in browse mode: Chromium's
 * accessibility tree for it (test/support/accessibility-tree-plugin.mjs), turned into the phrases a
 * screen reader speaks, one per line: each heading with its level, link, button with its state,
 * image, list with its size, named region or group on entry, and the text between them. The role
 * words are in the page's language, as a Spanish screen reader says them.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { Language } from './every-element.js';

/** A node of Chromium's accessibility tree, as puppeteer serialises it. */
export interface AxNode {
  readonly role: string;
  readonly name?: string;
  readonly value?: string | number;
  readonly level?: number;
  readonly pressed?: boolean | 'mixed';
  readonly checked?: boolean | 'mixed';
  readonly expanded?: boolean;
  readonly disabled?: boolean;
  readonly children?: readonly AxNode[];
}

/** The role words of each language. */
const WORDS = {
  en: {
    heading: (level: number) => `heading level ${level}`,
    link: 'link',
    button: 'button',
    pressed: 'pressed',
    notPressed: 'not pressed',
    expanded: 'expanded',
    collapsed: 'collapsed',
    unavailable: 'unavailable',
    image: 'image',
    checkBox: 'check box',
    checked: 'checked',
    notChecked: 'not checked',
    comboBox: 'combo box',
    list: (n: number) => `list, ${n} ${n === 1 ? 'item' : 'items'}`,
    article: 'article',
    region: 'region',
    navigation: 'navigation',
    note: 'note',
    group: 'group',
    complementary: 'complementary',
    blockquote: 'block quote',
    alert: 'alert',
  },
  es: {
    heading: (level: number) => `encabezado nivel ${level}`,
    link: 'enlace',
    button: 'botón',
    pressed: 'presionado',
    notPressed: 'no presionado',
    expanded: 'expandido',
    collapsed: 'contraído',
    unavailable: 'no disponible',
    image: 'imagen',
    checkBox: 'casilla',
    checked: 'marcada',
    notChecked: 'no marcada',
    comboBox: 'cuadro combinado',
    list: (n: number) => `lista, ${n} ${n === 1 ? 'elemento' : 'elementos'}`,
    article: 'artículo',
    region: 'región',
    navigation: 'navegación',
    note: 'nota',
    group: 'grupo',
    complementary: 'complementario',
    blockquote: 'cita',
    alert: 'alerta',
  },
} as const;

/** A screen reader's role words in one language (English's shape, any words). */
type RoleWords = { readonly [K in keyof (typeof WORDS)['en']]: (typeof WORDS)['en'][K] extends string ? string : (typeof WORDS)['en'][K] };

/** A language the page may be in; a screen reader's words for one without its own here are English's. */
export type SpokenLanguage = Language;

/** Roles a screen reader names on entry (with the container's name, when it has one), then reads inside. */
const ENTERED = ['article', 'region', 'navigation', 'note', 'group', 'complementary', 'blockquote', 'alert'] as const;
/** Roles that start and end a line. */
const BLOCKS = new Set([
  'paragraph',
  'listitem',
  'term',
  'definition',
  'sectionheader',
  'sectionfooter',
  'figure',
  'DescriptionList',
  'status',
  'caption',
]);

const isEntered = (role: string): role is (typeof ENTERED)[number] => (ENTERED as readonly string[]).includes(role);
/** Roles whose start and end end the line being read. */
const breaksLine = (role: string): boolean => BLOCKS.has(role) || role === 'list' || isEntered(role);

/** Pieces of text joined as they are heard: no gap inside brackets and quotes, or before punctuation. */
const squash = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/([(“‘«¿¡]) /g, '$1')
    .replace(/ ([:;,.)”’»?!])/g, '$1')
    .trim();

/** A screen reader's role words in `lang`: its own, or English's where this file has none. */
export function roleWords(lang: SpokenLanguage): RoleWords {
  return (WORDS as Readonly<Record<string, RoleWords>>)[lang] ?? WORDS.en;
}

/** The phrases for `tree`, in reading order. */
export function speak(tree: AxNode, lang: SpokenLanguage): string[] {
  const w = roleWords(lang);
  const lines: string[] = [];
  let line: string[] = [];
  const flush = () => {
    const text = squash(line.join(' '));
    if (text) lines.push(text);
    line = [];
  };
  const say = (text: string) => {
    flush();
    lines.push(squash(text));
  };
  const states = (node: AxNode): string[] => [
    ...(node.pressed === undefined ? [] : [node.pressed === true ? w.pressed : w.notPressed]),
    ...(node.expanded === undefined ? [] : [node.expanded ? w.expanded : w.collapsed]),
    ...(node.disabled ? [w.unavailable] : []),
  ];
  const walk = (node: AxNode): void => {
    const name = node.name ?? '';
    switch (node.role) {
      case 'StaticText':
      case 'ListMarker':
        line.push(name);
        return;
      case 'InlineTextBox':
      case 'separator':
        return;
      case 'heading':
        return say(`${w.heading(node.level ?? 2)}: ${name}`);
      case 'link':
        return say(`${w.link}: ${name}`);
      case 'button':
      case 'DisclosureTriangle':
        return say(`${[w.button, ...states(node)].join(', ')}: ${name}`);
      case 'image':
      case 'img':
        return say(`${w.image}: ${name}`);
      case 'checkbox':
        return say(`${[w.checkBox, node.checked === true ? w.checked : w.notChecked, ...states(node)].join(', ')}: ${name}`);
      case 'combobox':
        return say(`${w.comboBox}: ${name}, ${node.value ?? ''}`);
      case 'list':
        say(w.list((node.children ?? []).filter((c) => c.role === 'listitem').length));
        break;
      default:
        if (isEntered(node.role) && name) say(`${w[node.role]}: ${name}`);
        else if (breaksLine(node.role)) flush();
    }
    for (const child of node.children ?? []) walk(child);
    if (breaksLine(node.role)) flush();
  };
  walk(tree);
  flush();
  return lines;
}

/** What a screen reader says for the element `selector` names, in `lang`'s role words. */
export async function spokenSequence(selector: string, lang: SpokenLanguage): Promise<string[]> {
  const tree = await executeServerCommand<AxNode, { selector: string }>('accessibility-tree', { selector });
  return speak(tree, lang);
}
