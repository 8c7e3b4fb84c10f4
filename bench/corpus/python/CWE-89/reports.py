from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///reports.db")

BY_REGION = "SELECT region, SUM(total) FROM sales WHERE region = '%s' GROUP BY region"


@app.route("/reports/region")
def region_report():
    region = request.args.get("region")
    with engine.connect() as conn:
        # vuln: CWE-89
        result = conn.execute(text(BY_REGION % region))
        return {"rows": [list(r) for r in result]}


@app.route("/reports/product")
def product_report():
    product = request.args.get("product")
    with engine.connect() as conn:
        # safe: CWE-89
        result = conn.execute(text("SELECT * FROM sales WHERE product = :p"), {"p": product})
        return {"rows": [list(r) for r in result]}
