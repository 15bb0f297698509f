// Scaffolds a new element: `npm run new:element -- <name>` (e.g. `symptom-list`) writes
//   src/components/<name>/<name>.ts   a LimberHeadedElement showing one topic's title
//   src/components/<name>/define.ts   its registration and HTMLElementTagNameMap entry
//   stories/<name>.stories.ts        default, themes and a bad-input story
//   test/<name>.test.ts              renders, is accessible, reports an unknown topic
// adds it to src/elements.json, then runs `npm run generate` (limber.ts, define-all.ts; the build
// writes the React wrappers and JSX types; package.json's wildcard exports already cover it) and
// `npm run sync:elements` (the README's element table). Its size is held to its kind's budget.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error('usage: npm run new:element -- <name>   (lower-case words joined by "-", e.g. symptom-list)');
  process.exit(1);
}
const tag = `limber-${name}`;
const className = `Limber${name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase())}`;
const title = name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const folder = `src/components/${name}`;
const registryFile = 'src/elements.json';
const registry = JSON.parse(readFileSync(registryFile, 'utf8'));
if (registry.elements.some((e) => e.name === name) || existsSync(folder)) {
  console.error(`${tag} already exists`);
  process.exit(1);
}

const files = {
  [`${folder}/${name}.ts`]: `import { html, nothing, type TemplateResult } from 'lit';
import type { Topic } from '../../model/index.js';
import { LimberHeadedElement } from '../../element/headed-element.js';
import { withTopic } from '../../element/topic-attribute.js';
import type { Setting } from '../../element/view.js';
import { renderSection } from '../../render/section.js';
import { sectionStyles } from '../../render/styles/section.styles.js';

/**
 * TODO: what it shows and when to use it.
 *
 * @summary TODO: one line for the README's element table.
 * @tagname ${tag}
 *
 * @csspart section - The \`<section>\`.
 * @csspart heading - The section heading.
 * @csspart problem - The development-mode problem notice.
 */
export class ${className} extends withTopic(LimberHeadedElement) {
  static override styles = [...LimberHeadedElement.styles, sectionStyles];

  private source?: Topic;

  /** Its look-up for this update: the topic it shows, whose language marks its words. */
  protected override select({ content }: Setting): Topic | undefined {
    this.source = content.topic(this.topic);
    return this.source;
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const topic = this.source;
    if (!topic) return nothing;
    return renderSection(this.root, this.resolvedHeadingLevel, topic.title, html\`<p>\${this.rich(topic.summary)}</p>\`);
  }
}
`,
  [`${folder}/define.ts`]: `import { defineElement } from '../../element/define.js';
import { ${className} } from './${name}.js';

export { ${className} };

defineElement('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,
  [`stories/${name}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../${folder}/define.js';

const meta: Meta = { title: 'Elements/${title}', component: '${tag}' };
export default meta;
type Story = StoryObj;

const standard = () => html\`<${tag} topic="pinched-nerve-low-back"></${tag}>\`;

export const Default: Story = { render: standard };
export const Dark: Story = { name: 'Theme: dark', render: standard, globals: { theme: 'dark' } };
export const HighContrast: Story = { name: 'Theme: high contrast', render: standard, globals: { theme: 'high-contrast' } };
export const BadUnknownTopic: Story = {
  name: 'Bad input: unknown topic',
  render: () => html\`<${tag} topic="knees"></${tag}>\`,
};
`,
  [`test/${name}.test.ts`]: `import { expect, fixture, html } from '@open-wc/testing';
import '../${folder}/define.js';
import { root, squash } from './support/dom.js';
import { captureWarnings, type WarningCapture } from './support/warnings.js';

describe('<${tag}>', () => {
  let warnings: WarningCapture;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('shows the topic under a real heading', async () => {
    const el = await fixture(html\`<${tag} topic="pinched-nerve-low-back"></${tag}>\`);
    const heading = root(el).querySelector('h3');
    expect(squash(heading?.textContent)).to.not.equal('');
    await expect(el).to.be.accessible();
  });

  it('reports an unknown topic, naming the element', async () => {
    await fixture(html\`<${tag} topic="knees"></${tag}>\`);
    expect(warnings.messages).to.include('<${tag}>: no topic with id "knees" in the catalog');
  });
});
`,
};

for (const [file, text] of Object.entries(files)) {
  mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}

registry.elements.push({ name, class: className, usage: ['topic'], required: ['topic'], prerender: 'topic' });
// One line per element, as the file is written by hand.
const line = (entry) =>
  `    ${JSON.stringify(entry).replace(/":/g, '": ').replace(/,"/g, ', "').replace(/^\{/, '{ ').replace(/\}$/, ' }')}`;
writeFileSync(
  registryFile,
  `{\n  "$comment": ${JSON.stringify(registry.$comment)},\n  "elements": [\n${registry.elements.map(line).join(',\n')}\n  ]\n}\n`,
);
console.log(`added ${tag} to ${registryFile}`);

// Its size budget is its kind's (scripts/budgets.json `kinds`: element:*, alone:*); the entry points
// and loaders that name it are written by `npm run generate`, the README's table by `sync:elements`.
execFileSync(process.execPath, ['scripts/generate.mjs'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/sync-elements.mjs'], { stdio: 'inherit' });
console.log(`\n${tag} is registered everywhere. Next: write what it shows, its @summary, stories and tests; then npm test.`);
