import psycopg2

conn = psycopg2.connect("dbname=shop")


def find_products(name, max_price):
    cur = conn.cursor()
    cur.execute("SELECT id, name FROM products WHERE name LIKE %s AND price < %s", (f"%{name}%", str(max_price)))
    return cur.fetchall()


def orders_for(customer_id, status):
    cur = conn.cursor()
    cur.execute("SELECT * FROM orders WHERE customer = %s AND status = %s AND note NOT LIKE '100%%'", (customer_id, status))
    return cur.fetchall()


def by_table(table, key):
    cur = conn.cursor()
    cur.execute(f'SELECT * FROM "{table}" WHERE id = {key}')
    return cur.fetchone()
