// Custom Elements Manifest settings for @qoldau/elements (picked up by `cem analyze` run in this folder).
// The analyzer only understands customElements.define()/@customElement; we register through
// defineElement(), so this plugin teaches it our conventions:
//  - defineElement('qoldau-x', Class) gives Class its tagName (Storybook finds controls by tag name);
//  - string-literal type aliases (DonationProgressVariant) are expanded, so tools see the options;
//  - only `qoldau-*` events are listed (QoldauElement.emit()'s `new CustomEvent(name)` is not an event),
//    and the generic customElements.define(tag, element) inside defineElement() is not a definition;
//  - `static properties` entries with `state: true` are internal state, not attributes (Lit implies
//    `attribute: false`; the analyzer does not: open-wc/custom-elements-manifest#294), and public
//    properties read from `static properties` carry no explicit `privacy`, like every other public member.
export default {
  plugins: [qoldauConventions()],
};

function qoldauConventions() {
  const definitions = []; // { tag, className, module }
  const aliases = new Map(); // alias name → its type text, for unions of string literals
  const internalState = new Map(); // class name → names of its `state: true` properties
  return {
    name: 'qoldau-conventions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'defineElement' &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        definitions.push({ tag: node.arguments[0].text, className: node.arguments[1].text, module: moduleDoc.path });
      }
      if (
        ts.isTypeAliasDeclaration(node) &&
        ts.isUnionTypeNode(node.type) &&
        node.type.types.every((type) => ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal))
      ) {
        aliases.set(node.name.text, node.type.types.map((type) => `'${type.literal.text}'`).join(' | '));
      }
      if (ts.isClassDeclaration(node) && node.name) {
        const names = stateProperties(ts, node);
        if (names.size) internalState.set(node.name.text, names);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const expand = (type) => {
        if (!type?.text) return;
        type.text = type.text
          .split(' | ')
          .map((part) => aliases.get(part) ?? part)
          .join(' | ');
      };
      for (const module of modules) {
        module.exports = module.exports?.filter(
          (entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'),
        );
        for (const declaration of module.declarations ?? []) {
          if (declaration.events)
            declaration.events = declaration.events.filter((event) => event.name.startsWith('qoldau-'));
          const state = internalState.get(declaration.name);
          if (state) {
            declaration.attributes = declaration.attributes?.filter((attribute) => !state.has(attribute.fieldName));
          }
          for (const member of declaration.members ?? []) {
            if (state?.has(member.name)) delete member.attribute;
            if (member.privacy === 'public') delete member.privacy;
            expand(member.type);
          }
          for (const attribute of declaration.attributes ?? []) expand(attribute.type);
        }
      }
      for (const { tag, className, module: definingModule } of definitions) {
        const home = modules.find((module) =>
          module.declarations?.some((declaration) => declaration.name === className),
        );
        if (!home) continue;
        const declaration = home.declarations.find((candidate) => candidate.name === className);
        Object.assign(declaration, { customElement: true, tagName: tag });
        const defining = modules.find((module) => module.path === definingModule);
        defining.exports = [
          ...(defining.exports ?? []),
          { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: home.path } },
        ];
      }
    },
  };
}

/** Names of the `state: true` entries in a class's `static properties = { … }` (or getter). */
function stateProperties(ts, classNode) {
  const names = new Set();
  for (const member of classNode.members) {
    const isStatic = member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic || member.name?.getText() !== 'properties') continue;
    const object = ts.isGetAccessor(member)
      ? member.body?.statements.find(ts.isReturnStatement)?.expression
      : member.initializer;
    if (!object || !ts.isObjectLiteralExpression(object)) continue;
    for (const entry of object.properties) {
      if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
      const isState = entry.initializer.properties.some(
        (option) =>
          ts.isPropertyAssignment(option) &&
          option.name.getText() === 'state' &&
          option.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
      if (isState) names.add(entry.name.getText());
    }
  }
  return names;
}
