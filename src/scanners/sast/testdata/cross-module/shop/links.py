def next_page(page):
    return "/orders?page=" + page
