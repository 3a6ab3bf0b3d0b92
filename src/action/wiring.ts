// The real ActionDeps: @actions/core, @actions/github, @actions/artifact and the shared
// pipeline. Kept apart from main.ts so unit tests never load the bundle-only pieces.
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { runInventory } from '../app/run-inventory.js';
import { resolveConfig } from '../pipeline/config.js';
import type { ActionDeps, GitHubContext } from './main.js';

function githubContext(): GitHubContext {
  const { context } = github;
  const pr = context.payload.pull_request as { number?: unknown } | undefined;
  return {
    eventName: context.eventName,
    runId: context.runId,
    repo: context.repo,
    serverUrl: context.serverUrl,
    pullRequest: typeof pr?.number === 'number' ? pr.number : undefined,
  };
}

export function actionDeps(): ActionDeps {
  return {
    core: {
      getInput: (name) => core.getInput(name),
      getBooleanInput: (name) => core.getBooleanInput(name),
      setSecret: (value) => core.setSecret(value),
      setOutput: (name, value) => core.setOutput(name, value),
      setFailed: (message) => core.setFailed(message),
      info: (message) => core.info(message),
      warning: (message) => core.warning(message),
      error: (message) => core.error(message),
      debug: (message) => core.debug(message),
      saveState: (name, value) => core.saveState(name, value),
      startGroup: (name) => core.startGroup(name),
      endGroup: () => core.endGroup(),
      async writeSummary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY) {
          core.info(markdown);
          return;
        }
        await core.summary.addRaw(markdown, true).write();
      },
    },
    env: process.env,
    context: githubContext,
    octokit: (token) => github.getOctokit(token),
    artifacts: () => new DefaultArtifactClient(),
    resolveConfig: (sources) => resolveConfig(sources),
    runInventory: (config, options) => runInventory(config, options),
    runDoctor: async (config, options) => (await import('../doctor/doctor.js')).runDoctor({ config, log: options.log, env: options.env }),
    chdir: (dir) => process.chdir(dir),
    onInterrupt: (cleanup) => {
      // A cancelled job sends SIGINT, then SIGTERM: remove the key material synchronously and
      // exit as the signal would have (the post step is the second line of defence).
      const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
        const handler = () => {
          try {
            cleanup();
          } finally {
            process.exit(signal === 'SIGINT' ? 130 : 143);
          }
        };
        process.on(signal, handler);
        return () => process.off(signal, handler);
      });
      return () => {
        for (const off of handlers) off();
      };
    },
  };
}
