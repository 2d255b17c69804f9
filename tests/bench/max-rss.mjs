// Preloaded into a measured child process: prints its peak resident memory (KiB) and CPU time (µs) on exit,
// for report.bench.ts.
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\nMAXRSS_KB=${u.maxRSS} CPU_US=${u.userCPUTime + u.systemCPUTime}\n`);
});
