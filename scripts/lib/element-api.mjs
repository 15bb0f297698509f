// An element's public API as the Custom Elements Manifest records it (the analyzer reads the JSDoc
// and decorators of src/): for the README's element table and the React wrappers.

/**
 * `apiOf(element)` for each element of src/elements.json: its attributes, settable properties
 * (e.g. `data`), events and summary in `manifest`.
 */
export function elementApi(manifest) {
  const declarations = new Map();
  for (const module of manifest.modules) for (const d of module.declarations ?? []) if (d.tagName) declarations.set(d.tagName, d);
  return (element) => {
    const d = declarations.get(element.tag);
    if (!d) throw new Error(`${element.tag}: not in the manifest (is @tagname ${element.tag} in ${element.source}?)`);
    const properties = (d.members ?? []).filter(
      (m) => m.kind === 'field' && !m.attribute && !m.readonly && !m.static && m.privacy !== 'private' && m.privacy !== 'protected',
    );
    return { attributes: d.attributes ?? [], properties, events: d.events ?? [], summary: d.summary ?? '' };
  };
}
