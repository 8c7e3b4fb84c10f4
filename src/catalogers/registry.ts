import { packagesLockCataloger } from './dotnet/packages-lock/index.js';
import { goModCataloger } from './go/go-mod/index.js';
import { gradleLockfileCataloger } from './java/gradle-lockfile/index.js';
import { jarCataloger } from './java/jar/index.js';
import { pomXmlCataloger } from './java/pom-xml/index.js';
import { bunLockCataloger } from './npm/bun-lock/index.js';
import { nodeModulesCataloger } from './npm/node-modules/index.js';
import { packageLockCataloger } from './npm/package-lock/index.js';
import { pnpmLockCataloger } from './npm/pnpm-lock/index.js';
import { yarnLockCataloger } from './npm/yarn-lock/index.js';
import { apkCataloger } from './os/apk/index.js';
import { dpkgCataloger } from './os/dpkg/index.js';
import { rpmCataloger } from './os/rpm/index.js';
import { composerLockCataloger } from './php/composer-lock/index.js';
import { distInfoCataloger } from './python/dist-info/index.js';
import { pdmLockCataloger } from './python/pdm-lock/index.js';
import { pipfileLockCataloger } from './python/pipfile-lock/index.js';
import { poetryLockCataloger } from './python/poetry-lock/index.js';
import { pylockCataloger } from './python/pylock/index.js';
import { pyprojectCataloger } from './python/pyproject/index.js';
import { requirementsCataloger } from './python/requirements/index.js';
import { uvLockCataloger } from './python/uv-lock/index.js';
import { gemfileLockCataloger } from './ruby/gemfile-lock/index.js';
import { cargoLockCataloger } from './rust/cargo-lock/index.js';
import type { Cataloger } from './types.js';

/** Every cataloger, explicitly, in alphabetical order of id (`<group>/<name>`, its folder). */
export const catalogers: readonly Cataloger[] = [
  packagesLockCataloger,
  goModCataloger,
  gradleLockfileCataloger,
  jarCataloger,
  pomXmlCataloger,
  bunLockCataloger,
  nodeModulesCataloger,
  packageLockCataloger,
  pnpmLockCataloger,
  yarnLockCataloger,
  apkCataloger,
  dpkgCataloger,
  rpmCataloger,
  composerLockCataloger,
  distInfoCataloger,
  pdmLockCataloger,
  pipfileLockCataloger,
  poetryLockCataloger,
  pylockCataloger,
  pyprojectCataloger,
  requirementsCataloger,
  uvLockCataloger,
  gemfileLockCataloger,
  cargoLockCataloger,
];
