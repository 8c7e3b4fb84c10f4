from sqlalchemy import create_engine

# ruleid: secret.url-credentials
engine = create_engine("mysql+pymysql://shop:ihWC3mKJhn-ZLBA7@10.0.3.7:3306/shop")

# ok: secret.url-credentials
engine = create_engine(f"mysql+pymysql://shop:{password}@10.0.3.7:3306/shop")

# documentation hosts (RFC 2606)
# ok: secret.url-credentials
DOCS = "https://alice:Xk9vLm2qPz@db.example.com/orders"
