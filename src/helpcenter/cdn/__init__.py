"""CDN policy for the built site: security headers, a strict CSP and caching, as data.

``policy`` declares the headers; ``inline_scripts`` finds what the CSP must allow;
``rules`` turns a built site into ``_headers`` rules; ``headers_file`` reads and writes
the Cloudflare Pages ``_headers`` format; ``cloudfront`` renders the same policy for S3 +
CloudFront.
"""
