/**
 * CPU time and memory of another process, read from Linux's /proc.
 * CPU is utime+stime of the whole process (all its threads: JS, GC helpers, libuv pool).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

/** `getconf CLK_TCK`: the unit of utime/stime in /proc/<pid>/stat (almost always 100). */
export function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    let value = 100;
    try {
      value = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      // keep the Linux default
    }
    ticksPerSecond = value;
  }
  return ticksPerSecond;
}

/** Fields of /proc/<pid>/stat after the command name, which may itself contain spaces and parentheses. */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** User + system CPU seconds the process has used so far. */
export function cpuSeconds(pid: number): number {
  const fields = statFields(pid);
  // Field 14 is utime and 15 is stime; the slice starts at field 3 (state).
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks / clockTicksPerSecond();
}

export interface MemoryKb {
  /** Resident set size now. */
  rss: number;
  /** Peak resident set size ("high water mark"). */
  peak: number;
}

export function memoryKb(pid: number): MemoryKb {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

export interface ProcessInfo {
  pid: number;
  name: string;
}

/** Processes started by `pid`, directly or further down (e.g. an esbuild service under tsx). */
export function descendants(pid: number): ProcessInfo[] {
  const parents = new Map<number, ProcessInfo[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = parents.get(ppid) ?? [];
      list.push({ pid: Number(entry), name });
      parents.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  const found: ProcessInfo[] = [];
  const walk = (parent: number): void => {
    for (const child of parents.get(parent) ?? []) {
      found.push(child);
      walk(child.pid);
    }
  };
  walk(pid);
  return found;
}
