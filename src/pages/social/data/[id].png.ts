// /social/data/<id>.png: a dataset's link-preview card with its latest figure.
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  datasetCardPaths,
  socialCardResponse,
  type SocialCardProps,
} from '../../../queries/social-cards.ts';

export const getStaticPaths = (() => datasetCardPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<SocialCardProps> = async ({ props }) =>
  socialCardResponse(await props.card());
