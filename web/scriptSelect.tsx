/** The reader's choice of script for Chinese names (script.ts), as the playground shows it. */
import { SCRIPTS, type Script } from './script';

export function ScriptSelect({ script, onChange }: { script: Script; onChange: (script: Script) => void }) {
  return (
    <label className="playground-control">
      Chinese script
      <select value={script} onChange={(e) => onChange(e.target.value as Script)}>
        {SCRIPTS.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
    </label>
  );
}
