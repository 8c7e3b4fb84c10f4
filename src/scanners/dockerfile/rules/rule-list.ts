import type { DockerfileRule } from './rule.js';
import { addInsteadOfCopy } from './add-instead-of-copy.js';
import { addRemoteUrl } from './add-remote-url.js';
import { apkMissingNoCache } from './apk-missing-no-cache.js';
import { apkUnpinned } from './apk-unpinned.js';
import { aptGetMissingYes } from './apt-get-missing-yes.js';
import { aptGetNoInstallRecommends } from './apt-get-no-install-recommends.js';
import { aptGetUnpinned } from './apt-get-unpinned.js';
import { aptGetUpgrade } from './apt-get-upgrade.js';
import { aptInsteadOfAptGet } from './apt-instead-of-apt-get.js';
import { aptListsNotCleaned } from './apt-lists-not-cleaned.js';
import { cdInsteadOfWorkdir } from './cd-instead-of-workdir.js';
import { copyFromOwnStage } from './copy-from-own-stage.js';
import { copyFromUnknownStage } from './copy-from-unknown-stage.js';
import { copyMultipleSourcesDest } from './copy-multiple-sources-dest.js';
import { curlAndWget } from './curl-and-wget.js';
import { dnfNoClean } from './dnf-no-clean.js';
import { duplicateStageAlias } from './duplicate-stage-alias.js';
import { exposeSshPort } from './expose-ssh-port.js';
import { fromPlatformFlag } from './from-platform-flag.js';
import { invalidPort } from './invalid-port.js';
import { latestTag } from './latest-tag.js';
import { maintainerDeprecated } from './maintainer-deprecated.js';
import { missingHealthcheck } from './missing-healthcheck.js';
import { missingPipefail } from './missing-pipefail.js';
import { multipleCmd } from './multiple-cmd.js';
import { multipleEntrypoint } from './multiple-entrypoint.js';
import { multipleHealthcheck } from './multiple-healthcheck.js';
import { npmUnpinned } from './npm-unpinned.js';
import { packageUpdateAlone } from './package-update-alone.js';
import { pipNoCacheDir } from './pip-no-cache-dir.js';
import { pipUnpinned } from './pip-unpinned.js';
import { pipeToShell } from './pipe-to-shell.js';
import { relativeWorkdir } from './relative-workdir.js';
import { rootUser } from './root-user.js';
import { secretInEnvArg } from './secret-in-env-arg.js';
import { shellFormCmd } from './shell-form-cmd.js';
import { sudo } from './sudo.js';
import { untaggedImage } from './untagged-image.js';
import { worldWritableChmod } from './world-writable-chmod.js';
import { yumNoClean } from './yum-no-clean.js';
import { zypperNoClean } from './zypper-no-clean.js';

/** Every Dockerfile rule, explicitly, in alphabetical order of id. */
export const dockerfileRules: readonly DockerfileRule[] = [
  addInsteadOfCopy,
  addRemoteUrl,
  apkMissingNoCache,
  apkUnpinned,
  aptGetMissingYes,
  aptGetNoInstallRecommends,
  aptGetUnpinned,
  aptGetUpgrade,
  aptInsteadOfAptGet,
  aptListsNotCleaned,
  cdInsteadOfWorkdir,
  copyFromOwnStage,
  copyFromUnknownStage,
  copyMultipleSourcesDest,
  curlAndWget,
  dnfNoClean,
  duplicateStageAlias,
  exposeSshPort,
  fromPlatformFlag,
  invalidPort,
  latestTag,
  maintainerDeprecated,
  missingHealthcheck,
  missingPipefail,
  multipleCmd,
  multipleEntrypoint,
  multipleHealthcheck,
  npmUnpinned,
  packageUpdateAlone,
  pipNoCacheDir,
  pipUnpinned,
  pipeToShell,
  relativeWorkdir,
  rootUser,
  secretInEnvArg,
  shellFormCmd,
  sudo,
  untaggedImage,
  worldWritableChmod,
  yumNoClean,
  zypperNoClean,
];
