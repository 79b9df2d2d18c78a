#!/usr/bin/env python3
"""Builds the demo WARC file from the HTML pages in demo-warc-pages/.

Usage (from anywhere):  python3 crosscheck-cli/src/test/tools/make-demo-warc.py

Writes crosscheck-cli/src/main/resources/org/crosscheck/cli/demo/warc/news-crawl-2025.warc.gz:
one warcinfo record, one request record, one text/plain response (robots.txt) and one HTML
response record per page, each record in its own gzip member as WARC readers expect.
Record ids and gzip headers are derived deterministically, so running it again gives the
same bytes. Standard library only.
"""

import base64
import gzip
import hashlib
import pathlib
import uuid
from datetime import datetime, timezone

HERE = pathlib.Path(__file__).resolve().parent
PAGES = HERE / "demo-warc-pages"
OUT = (HERE.parent.parent / "main" / "resources" / "org" / "crosscheck" / "cli" / "demo"
       / "warc" / "news-crawl-2025.warc.gz")
CRLF = b"\r\n"

# (page file, target URI, capture time, server IP from the documentation range)
CAPTURES = [
    ("kyiv-frontline-herald-2025-11-21-kupiansk-not-captured.html",
     "https://www.kyiv-frontline-herald.example/war/2025/11/21/general-staff-kupiansk-not-captured",
     "2025-11-21T12:04:17Z", "192.0.2.17"),
    ("vostok-telegraph-2025-12-01-krasnoarmeysk-liberated.html",
     "https://vostok-telegraph.example/en/military/20251201/krasnoarmeysk-liberated-1047710.html",
     "2025-12-01T11:22:51Z", "198.51.100.40"),
    ("continental-review-2025-12-19-eu-transformers-odesa.html",
     "https://www.continental-review.example/europe/ukraine/2025-12-19/eu-transformers-odesa-grid",
     "2025-12-19T18:02:09Z", "203.0.113.88"),
]
FILENAME = OUT.name
CRAWL_START = "2025-11-21T12:04:10Z"


def record_id(*parts):
    return "<urn:uuid:%s>" % uuid.uuid5(uuid.NAMESPACE_URL, "crosscheck-demo:" + "|".join(parts))


def sha1_label(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def http_date(warc_date):
    moment = datetime.strptime(warc_date, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return moment.strftime("%a, %d %b %Y %H:%M:%S GMT")


def warc_record(headers, block):
    """One complete WARC record: version line, headers, blank line, block, two CRLFs."""
    lines = [b"WARC/1.0"]
    for name, value in headers + [("Content-Length", str(len(block)))]:
        lines.append(("%s: %s" % (name, value)).encode("utf-8"))
    return CRLF.join(lines) + CRLF + CRLF + block + CRLF + CRLF


def gzip_member(data):
    return gzip.compress(data, compresslevel=9, mtime=0)


def http_response(body, content_type, warc_date, server):
    head = [
        "HTTP/1.1 200 OK",
        "Date: " + http_date(warc_date),
        "Server: " + server,
        "Content-Type: " + content_type,
        "Content-Length: %d" % len(body),
        "Cache-Control: max-age=60",
        "Connection: close",
    ]
    return CRLF.join(h.encode("ascii") for h in head) + CRLF + CRLF + body


def main():
    info_id = record_id("warcinfo")
    fields = (
        "software: crosscheck make-demo-warc.py (demo corpus generator)\r\n"
        "format: WARC File Format 1.0\r\n"
        "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/\r\n"
        "isPartOf: crosscheck-demo-news-crawl\r\n"
        "description: Demo news crawl for Crosscheck; all outlets and texts are fictional.\r\n"
        "robots: obey\r\n"
        "http-header-user-agent: crosscheck-demo-crawler/0.1 (+https://crosscheck.example/bot)\r\n"
    ).encode("utf-8")
    members = [gzip_member(warc_record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Record-ID", info_id),
        ("WARC-Date", CRAWL_START),
        ("WARC-Filename", FILENAME),
        ("Content-Type", "application/warc-fields"),
    ], fields))]

    first_uri, first_date = CAPTURES[0][1], CAPTURES[0][2]
    host = first_uri.split("/")[2]

    robots_uri = "https://%s/robots.txt" % host
    robots_body = b"User-agent: *\nDisallow: /search\nDisallow: /account/\nCrawl-delay: 2\n"
    robots_block = http_response(robots_body, "text/plain; charset=utf-8", CRAWL_START, "nginx")
    members.append(gzip_member(warc_record([
        ("WARC-Type", "response"),
        ("WARC-Record-ID", record_id("response", robots_uri)),
        ("WARC-Date", CRAWL_START),
        ("WARC-Target-URI", robots_uri),
        ("WARC-IP-Address", CAPTURES[0][3]),
        ("WARC-Warcinfo-ID", info_id),
        ("WARC-Payload-Digest", sha1_label(robots_body)),
        ("WARC-Block-Digest", sha1_label(robots_block)),
        ("Content-Type", "application/http; msgtype=response"),
    ], robots_block)))

    path = "/" + first_uri.split("/", 3)[3]
    request_block = CRLF.join(h.encode("ascii") for h in [
        "GET %s HTTP/1.1" % path,
        "Host: " + host,
        "User-Agent: crosscheck-demo-crawler/0.1 (+https://crosscheck.example/bot)",
        "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
        "Accept-Language: en",
        "Connection: close",
    ]) + CRLF + CRLF
    members.append(gzip_member(warc_record([
        ("WARC-Type", "request"),
        ("WARC-Record-ID", record_id("request", first_uri)),
        ("WARC-Date", first_date),
        ("WARC-Target-URI", first_uri),
        ("WARC-Concurrent-To", record_id("response", first_uri)),
        ("WARC-Warcinfo-ID", info_id),
        ("WARC-Block-Digest", sha1_label(request_block)),
        ("Content-Type", "application/http; msgtype=request"),
    ], request_block)))

    for page, uri, date, ip in CAPTURES:
        body = (PAGES / page).read_bytes()
        block = http_response(body, "text/html; charset=utf-8", date, "nginx")
        members.append(gzip_member(warc_record([
            ("WARC-Type", "response"),
            ("WARC-Record-ID", record_id("response", uri)),
            ("WARC-Date", date),
            ("WARC-Target-URI", uri),
            ("WARC-IP-Address", ip),
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-Payload-Digest", sha1_label(body)),
            ("WARC-Block-Digest", sha1_label(block)),
            ("Content-Type", "application/http; msgtype=response"),
        ], block)))

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(b"".join(members))
    print("wrote %s: %d records, %d bytes" % (OUT, len(members), OUT.stat().st_size))


if __name__ == "__main__":
    main()
