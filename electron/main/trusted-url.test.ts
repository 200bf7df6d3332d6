import { describe, expect, it } from 'vitest';
import { isExternalLink, isTrustedUrl } from './trusted-url';

describe('window guards', () => {
  it.each([
    ['app://duet/index.html', true],
    ['app://duet/assets/x.js', true],
    ['app://evil/index.html', false],
    ['https://example.com/', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('trusts %s: %s', (url, trusted) => {
    expect(isTrustedUrl(url, 'app://duet')).toBe(trusted);
  });

  it.each([
    ['https://docs.anthropic.com', true],
    ['http://example.com', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://host/share', false],
  ])('opens %s externally: %s', (url, external) => {
    expect(isExternalLink(url)).toBe(external);
  });
});
