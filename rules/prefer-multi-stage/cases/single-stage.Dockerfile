FROM python:3.12-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential libpq-dev \
#                                                 ^^^^^^^^^^^^^^^ DF2001
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "app:app"]
