import { countDifferences, type JsonDiffKind, type JsonDiffRow } from './diff-json';

const KIND_TEXT: Record<JsonDiffKind, string> = { added: 'Added', removed: 'Removed', changed: 'Changed', unchanged: 'Same' };

/** A key-by-key JSON diff as a table; each row says its state in words, colour only repeats it. */
export function JsonDiffTable({ rows, caption }: { rows: readonly JsonDiffRow[]; caption: string }) {
  const differences = countDifferences(rows);
  return (
    <table className="json-diff">
      <caption>
        {caption}: {differences === 0 ? 'no differences' : `${differences} ${differences === 1 ? 'difference' : 'differences'}`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Path</th>
          <th scope="col">Left</th>
          <th scope="col">Right</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.path} data-kind={row.kind}>
            <th scope="row">
              <code>{row.path}</code>
            </th>
            <td>{row.left === undefined ? <span className="json-diff-absent">(absent)</span> : <code>{row.left}</code>}</td>
            <td>{row.right === undefined ? <span className="json-diff-absent">(absent)</span> : <code>{row.right}</code>}</td>
            <td>{KIND_TEXT[row.kind]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
