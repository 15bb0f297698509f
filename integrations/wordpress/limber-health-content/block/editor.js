/* global window */
// The Limber block in the editor: an inspector to pick the element, item and options, and a
// live preview (Limber's own elements, loaded in the editor). Plain JavaScript on WordPress's
// globals, so the plugin needs no build step. The front end is rendered by PHP (render.php).
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, Notice } = wp.components;
  const { __ } = wp.i18n;
  const data = window.limberHealthContent || { index: { elements: [], locales: [], regions: [], headingLevels: [] }, defaults: {} };
  const index = data.index;
  /** A language's name from the pre-rendered index (Limber's list of languages): `Español (Spanish)`. */
  const languageName = (code) => (index.languageNames && index.languageNames[code]) || (code === 'en' ? 'English' : code);
  /** The regions and their names, from the pre-rendered index (Limber's list of regions). */
  const REGIONS = Object.fromEntries((index.regions || []).map((code) => [code, (index.regionNames && index.regionNames[code]) || code]));
  const THEMES = {
    auto: __("Follow the reader's light or dark setting", 'limber-health-content'),
    light: __('Light', 'limber-health-content'),
    dark: __('Dark', 'limber-health-content'),
    'high-contrast': __('High contrast', 'limber-health-content'),
  };
  const siteDefault = (label) => ({ value: '', label: __('Site default', 'limber-health-content') + ' (' + label + ')' });
  const options = (map) => Object.keys(map).map((value) => ({ value, label: map[value] }));

  function Edit({ attributes, setAttributes }) {
    const element = index.elements.find((e) => e.kind === attributes.element);
    const locale = attributes.locale || data.defaults.locale || 'en';
    const known = element && element.items.some((i) => i.id === attributes.item);
    const controls = el(
      InspectorControls,
      null,
      el(
        PanelBody,
        { title: __('Content', 'limber-health-content') },
        el(SelectControl, {
          label: __('Element', 'limber-health-content'),
          value: attributes.element,
          options: index.elements.map((e) => ({ value: e.kind, label: e.kind })),
          onChange: (kind) => {
            const next = index.elements.find((e) => e.kind === kind);
            setAttributes({ element: kind, item: next && next.items[0] ? next.items[0].id : '' });
          },
        }),
        element &&
          !element.template &&
          el(SelectControl, {
            label: __('Item', 'limber-health-content'),
            value: attributes.item,
            options: element.items.map((i) => ({ value: i.id, label: i.label[locale] || i.id })),
            onChange: (item) => setAttributes({ item }),
          }),
        // The topic index links to this site's page for each topic: its address, {topic} where the id goes.
        element &&
          element.template &&
          el(TextControl, {
            label: __("Address of a topic's page ({topic} where its id goes)", 'limber-health-content'),
            value: attributes.hrefTemplate,
            onChange: (value) => setAttributes({ hrefTemplate: value }),
          }),
        el(SelectControl, {
          label: __('Language', 'limber-health-content'),
          value: attributes.locale,
          options: [siteDefault(languageName(data.defaults.locale || 'en'))].concat(
            index.locales.map((l) => ({ value: l, label: languageName(l) })),
          ),
          onChange: (value) => setAttributes({ locale: value }),
        }),
        element &&
          element.regional &&
          el(SelectControl, {
            label: __('Region (care phone numbers)', 'limber-health-content'),
            value: attributes.region,
            options: [siteDefault(REGIONS[data.defaults.region] || '')].concat(options(REGIONS)),
            onChange: (value) => setAttributes({ region: value }),
          }),
        el(SelectControl, {
          label: __('Theme', 'limber-health-content'),
          value: attributes.theme,
          options: [siteDefault(THEMES[data.defaults.theme] || '')].concat(options(THEMES)),
          onChange: (value) => setAttributes({ theme: value }),
        }),
        el(SelectControl, {
          label: __('Heading level', 'limber-health-content'),
          value: String(attributes.headingLevel),
          options: index.headingLevels.map((l) => ({ value: String(l), label: 'h' + l })),
          onChange: (value) => setAttributes({ headingLevel: Number(value) }),
        }),
      ),
    );
    const theme = attributes.theme || data.defaults.theme || 'auto';
    const preview = known
      ? el('limber-' + element.kind, {
          [element.attribute]: element.template ? attributes.hrefTemplate : attributes.item,
          lang: locale,
          'heading-level': String(attributes.headingLevel),
          region: element.regional ? attributes.region || data.defaults.region : undefined,
        })
      : el(
          Notice,
          { status: 'warning', isDismissible: false },
          __(
            'Limber: this item is not in the plugin’s content. Readers see nothing here; pick another in the block settings.',
            'limber-health-content',
          ),
        );
    const themed = theme === 'auto' ? {} : { 'data-limber-theme': theme };
    return el(Fragment, null, controls, el('div', useBlockProps(themed), preview));
  }

  registerBlockType('limber/health-content', { edit: Edit, save: () => null });
})(window.wp);
