// The React wrappers of `limber-elements/react`, written during the build from the Custom Elements
// Manifest (a plugin of the analyzer: custom-elements-manifest.config.mjs) into src/react/, which
// git ignores: src/react/index.ts (one @lit/react wrapper per element of src/elements.json, with a
// typed callback prop per event) and src/react/jsx.ts (JSX types for the bare tags). The build then
// compiles them like any source, so `tsc` checks them and rollup bundles dist/react.js.
import { mkdirSync, writeFileSync } from 'node:fs';
import { ELEMENTS, camel, relative } from './elements.mjs';
import { elementApi } from './element-api.mjs';

const GENERATED = 'Written by the build from the Custom Elements Manifest (scripts/lib/react-wrappers.mjs): not committed.';

/** `limber-cta-click` → `onLimberCtaClick`. */
const reactEventProp = (name) => `on${camel(name)}`;

function reactIndexTs(apiOf) {
  const allEvents = [...new Set(ELEMENTS.flatMap((e) => apiOf(e).events.map((ev) => ev.name)))];
  const eventConsts = allEvents.map((name) => `const ${reactEventProp(name)} = '${name}' as EventName<HTMLElementEventMap['${name}']>;`);
  const wrappers = ELEMENTS.map((e) => {
    const props = apiOf(e).events.map((ev) => reactEventProp(ev.name));
    return `export const ${e.class} = wrap('${e.tag}', ${e.class}Element, { ${props.join(', ')} });`;
  });
  return `/**
 * React wrappers for every Limber element (\`limber-elements/react\`), made with \`@lit/react\`:
 * typed props (attributes and properties such as \`data\`), and typed event callbacks
 * (\`onLimberCtaClick\`, \`onLimberDisclaimerDismiss\`, \`onLimberProblemFound\`). Importing this module
 * registers the elements. For the bare tags in JSX, see \`./jsx.ts\`.
 *
 * ${GENERATED}
 */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
${ELEMENTS.map((e) => `import { ${e.class} as ${e.class}Element } from '${relative('src/react/index.ts', e.define)}';`).join('\n')}

export type { JSX } from './jsx.js';

${eventConsts.join('\n')}

/** One wrapper: the element's props, plus a typed callback prop for each of its events. */
function wrap<I extends HTMLElement, E extends Record<string, EventName>>(tagName: string, elementClass: new () => I, events: E): ReactWebComponent<I, E> {
  return createComponent({ react: React, tagName, elementClass, events });
}

${wrappers.join('\n')}
`;
}

function jsxTs(apiOf) {
  const entries = ELEMENTS.map((e) => {
    const { attributes, properties, events } = apiOf(e);
    const element = `HTMLElementTagNameMap['${e.tag}']`;
    const fields = [
      ...attributes.map((a) => {
        const optional = e.required.includes(a.name) ? '' : '?';
        const type = /\bnumber\b/.test(a.type?.text ?? '') ? 'number | string' : `${element}['${a.fieldName}']`;
        return `    '${a.name}'${optional}: ${type};`;
      }),
      ...properties.map((p) => `    ${p.name}?: ${element}['${p.name}'];`),
      ...events.map((ev) => `    'on${ev.name}'?: (event: HTMLElementEventMap['${ev.name}']) => void;`),
    ];
    return `  '${e.tag}': Base<${element}> & {\n${fields.join('\n')}\n  };`;
  });
  return `/**
 * JSX typing for Limber's bare tags in React 19 (\`<limber-tip tip="…" />\`), for apps that use the
 * custom elements directly instead of the wrappers. React 19 sets known properties (\`data\`) as
 * properties and listens to custom events with \`on\` + the exact event name
 * (\`onlimber-cta-click\`). Imported for its types by \`limber-elements/react\`.
 *
 * ${GENERATED}
 */
import type { DOMAttributes, HTMLAttributes, RefAttributes } from 'react';
${ELEMENTS.map((e) => `import type {} from '${relative('src/react/jsx.ts', e.define)}';`).join('\n')}

type Base<E extends HTMLElement> = HTMLAttributes<E> & DOMAttributes<E> & RefAttributes<E>;

export interface LimberIntrinsicElements {
${entries.join('\n')}
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types are a namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
    interface IntrinsicElements extends LimberIntrinsicElements {}
  }
}

/** Re-exported so \`import type { JSX } from 'limber-elements/react'\` names the augmentation. */
export type JSX = LimberIntrinsicElements;
`;
}

/** The analyzer plugin: writes both files once the manifest is complete. */
export function reactWrappers() {
  return {
    name: 'limber-react-wrappers',
    packageLinkPhase({ customElementsManifest }) {
      const apiOf = elementApi(customElementsManifest);
      mkdirSync('src/react', { recursive: true });
      writeFileSync('src/react/index.ts', reactIndexTs(apiOf));
      writeFileSync('src/react/jsx.ts', jsxTs(apiOf));
    },
  };
}
