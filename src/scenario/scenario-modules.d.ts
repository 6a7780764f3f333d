/** Scenario files imported through the build plugin (src/scenario/vite-plugin.ts). */
declare module '*.yaml?scenario' {
  import type { Result, ScenarioProblem } from './problems';
  import type { Scenario } from './schema';

  const load: () => Promise<Result<Scenario, ScenarioProblem>>;
  export default load;
}
