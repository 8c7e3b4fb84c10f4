export { freePort, pythonWithFlask, startPythonApp, type RunningApp } from '../src/testing/python-app.js';
