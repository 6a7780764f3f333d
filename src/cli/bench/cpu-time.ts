/** CPU seconds of this process since `since`: steadier than wall time when other work shares the machine. */
export function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}
