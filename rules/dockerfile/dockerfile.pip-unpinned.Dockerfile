FROM python:3.12-slim
# ruleid: dockerfile.pip-unpinned
RUN pip install --no-cache-dir flask requests==2.32.3
# ruleid: dockerfile.pip-unpinned
RUN python3 -m pip install --no-cache-dir "django>=4.2"
# ok: dockerfile.pip-unpinned
RUN pip install --no-cache-dir -r requirements.txt
# ok: dockerfile.pip-unpinned
RUN pip3 install --no-cache-dir flask==3.0.3 "gunicorn[gevent]==22.0.0" --index-url https://pypi.org/simple
# ok: dockerfile.pip-unpinned
RUN pip install --no-cache-dir . ./dist/app-1.0-py3-none-any.whl git+https://github.com/pallets/click@8.1.7
# ok: dockerfile.pip-unpinned
RUN pip uninstall -y flask
