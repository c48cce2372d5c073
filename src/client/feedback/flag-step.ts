/**
 * Keeps a troubleshooter's "Flag this step" link (FlagStepLink.astro) on
 * the step the island shows: the file and line of that step, the page's
 * address and the answers so far, rebuilt at every step event. Only pages
 * that show flags load this.
 */
import { flagUrl, STEP_EVENT, type FlagIslandData, type StepEventDetail } from '../../core/site/flag-url.ts';

const link = document.querySelector<HTMLAnchorElement>('a[data-flag]');
if (link) {
  const flag = JSON.parse(link.dataset.flag ?? '{}') as FlagIslandData & { flow: string };
  document.addEventListener(STEP_EVENT, (event) => {
    const { state, answers } = (event as CustomEvent<StepEventDetail>).detail;
    const target = flag.targets[state] ?? { file: `flows/${flag.flow}.yaml`, line: 1 };
    link.href = flagUrl({ ...flag, ...target, pageUrl: location.href, step: { id: state, answers } });
  });
}
