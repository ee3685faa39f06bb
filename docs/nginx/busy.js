// The refusal nginx answers by itself when every place for signing is taken (the signing
// upstream's max_conns in freethem.conf): the form again, filled in with what the signer sent,
// a message in their language, 503 and Retry-After. The application draws the form once a
// minute per appeal, kind and language with a mark where each value goes
// (freethem/core/admission.py); this fills the marks in and escapes what it writes, so that
// turning a signer away takes nginx a fraction of a millisecond and the application nothing.
const querystring = require('querystring');

const KEEP_OUT = ['content-length', 'cache-control', 'set-cookie', 'vary', 'etag',
    'last-modified', 'expires', 'x-cache-status'];

function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

function first(value) {
    return Array.isArray(value) ? String(value[0]) : (value === undefined ? '' : String(value));
}

function sent(value, choice) {
    return Array.isArray(value) ? value.indexOf(choice) >= 0 : value === choice;
}

function fill(html, fields) {
    // One pass: split at each mark's opening bracket (a regular expression with a function for
    // each mark costs njs far more).
    const parts = html.split('\u27e6');
    for (let i = 1; i < parts.length; i++) {
        const part = parts[i];
        const end = part.indexOf('\u27e7');
        const spec = part.slice(2, end);
        let rest = part.slice(end + 1);
        let value = '';
        if (part[0] === 't') {
            value = escape(first(fields[spec]));
        } else if (part[0] === 's') {
            // The options follow: the one sent is selected.
            const option = '<option value="' + escape(first(fields[spec])) + '"';
            rest = rest.replace(option + '>', option + ' selected>');
        } else {
            // c:name=value:checked
            const equals = spec.indexOf('=');
            const colon = spec.lastIndexOf(':');
            const choice = spec.slice(equals + 1, colon);
            if (sent(fields[spec.slice(0, equals)], choice)) {
                value = ' ' + spec.slice(colon + 1);
            }
        }
        parts[i] = value + rest;
    }
    return parts.join('');
}

async function refuse(r) {
    let fields;
    try {
        // Only a form sent in one piece and held in memory is filled in again.
        fields = querystring.parse(r.requestText || '');
    } catch (e) {
        fields = null;
    }
    const kind = fields && fields.kind === 'organization' ? 'organization' : 'person';
    const stamp = r.uri.match(/^\/([a-z]{2})\/appeals\/(\d+)\/sign\/$/);
    if (!fields || !stamp) {
        r.internalRedirect('@freethem_busy_page');
        return;
    }
    const form = await r.subrequest(`/${stamp[1]}/appeals/${stamp[2]}/busy/${kind}/`,
        {method: 'GET'});
    if (form.status !== 200) {
        r.internalRedirect('@freethem_busy_page');
        return;
    }
    for (const name in form.headersOut) {
        if (KEEP_OUT.indexOf(name.toLowerCase()) < 0) {
            r.headersOut[name] = form.headersOut[name];
        }
    }
    r.headersOut['Cache-Control'] = 'private, no-store';
    r.headersOut['Retry-After'] = '30';
    r.return(503, fill(form.responseBuffer.toString("utf8"), fields));
}

export default {refuse};
