"""CDN policy for the built site: security headers, a strict CSP and caching, as data.

``policy`` declares the headers; ``rules`` turns a built site (its files and the inline code
hashes that ``helpcenter.publish.markup`` allowed) into ``_headers`` rules; ``headers_file``
reads and writes the Cloudflare Pages ``_headers`` format; ``cloudfront`` renders the same
policy for S3 + CloudFront.
"""
