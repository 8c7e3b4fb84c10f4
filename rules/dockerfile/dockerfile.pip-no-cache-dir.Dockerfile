FROM python:3.12 AS build
# ok: dockerfile.pip-no-cache-dir
RUN pip install -r requirements.txt

FROM python:3.12-slim
# ruleid: dockerfile.pip-no-cache-dir
RUN pip install -r requirements.txt
# ok: dockerfile.pip-no-cache-dir
RUN pip install --no-cache-dir -r requirements.txt
# ok: dockerfile.pip-no-cache-dir
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
ENV PIP_NO_CACHE_DIR=1
# ok: dockerfile.pip-no-cache-dir
RUN python -m pip install -r requirements.txt
