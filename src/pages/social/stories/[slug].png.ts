// /social/stories/<slug>.png: a story's link-preview card (Open Graph, Twitter).
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  socialCardResponse,
  storyCardPaths,
  type SocialCardProps,
} from '../../../queries/social-cards.ts';

export const getStaticPaths = (() => storyCardPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<SocialCardProps> = async ({ props }) =>
  socialCardResponse(await props.card());
