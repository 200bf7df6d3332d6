import type { Root } from 'hast';
import { toJsxRuntime, type Components as JsxComponents } from 'hast-util-to-jsx-runtime';
import type { ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Components } from 'react-markdown';

/** A sanitised tree (markdown-pipeline.ts) as React, with the same options react-markdown uses. */
export function hastToReact(tree: Root, components: Components): ReactElement {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components: components as Partial<JsxComponents>, ignoreInvalidStyle: true, passKeys: true, passNode: true });
}
