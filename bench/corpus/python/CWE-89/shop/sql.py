def by_column(column):
    return "SELECT * FROM products ORDER BY " + column


def by_category(category):
    print("category filter", category)
    return "SELECT * FROM products WHERE category = ?"
