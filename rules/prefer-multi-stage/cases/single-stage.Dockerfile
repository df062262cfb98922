FROM python:3.12-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential libpq-dev \
#                                                 ^^^^^^^^^^^^^^^ DF2001 The final image ships build tools (`build-essential`, `libpq-dev`); build in a separate stage and `COPY --from` only the result
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "app:app"]
