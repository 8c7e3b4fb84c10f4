import requests


def fetch_status(url):
    resp = requests.get(url, timeout=5)
    return resp.status_code


def post_event(url, event):
    return requests.post(
        url,
        json=event,
    )
