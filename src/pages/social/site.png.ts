// /social/site.png: the link-preview card of every page without its own.
import type { APIRoute } from 'astro';
import { siteCardOf, socialCardResponse } from '../../queries/social-cards.ts';

export const GET: APIRoute = async () => socialCardResponse(await siteCardOf());
