"""Query helpers of the app: no request data here, so nothing is reported in this module itself."""


def order_query(column):
    return f"SELECT * FROM orders ORDER BY {column}"


def count_query(table):
    return "SELECT count(*) FROM " + table.strip()


def status_query(status):
    # The parameter never reaches the return value.
    print("status filter", status)
    return "SELECT * FROM orders WHERE status = ?"
