import { Alert, Autocomplete, Button, Group, SimpleGrid, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { ArticleInput } from '@ascend/web/data-access';
import { formErrors } from '@ascend/web/ui';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useCurrentPractice } from '../auth/auth-provider';
import { ArticlePreview } from './article-preview';
import {
  type ArticleField,
  type ArticleFormValues,
  articleLimits,
  articleProblems,
  fieldsByApiName,
  inputOf,
  withTitle,
} from './article-form-values';
import { useArticleCategories } from './use-articles';

interface ArticleFormProps {
  initial: ArticleFormValues;
  /** A saved article keeps its address when retitled (links to it are out there); a new one follows its title. */
  slugFollowsTitle: boolean;
  /** The failed save, whose field problems show under their fields. */
  error: Error | null;
  saving: boolean;
  submitLabel: string;
  onSubmit: (input: ArticleInput) => void;
  /** More buttons beside Save (delete, view on the site). */
  actions?: ReactNode;
}

/**
 * Every field of an article, the frontmatter a coach keeps beside the markdown, with the body's preview beside it.
 * Problems the browser can see show while typing (a missing title only once the field was left or saving was tried);
 * the API's show under their fields until that field changes.
 */
export function ArticleForm({ initial, slugFollowsTitle, error, saving, submitLabel, onSubmit, actions }: ArticleFormProps) {
  const { practiceSlug } = useCurrentPractice();
  const [values, setValues] = useState(initial);
  const [slugEdited, setSlugEdited] = useState(!slugFollowsTitle);
  const [touched, setTouched] = useState<Partial<Record<ArticleField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  // The API's problems are for the values it was sent: a field changed since then no longer shows its problem.
  const [errorSeen, setErrorSeen] = useState(error);
  const [changedSinceError, setChangedSinceError] = useState<Partial<Record<ArticleField, boolean>>>({});
  if (error !== errorSeen) {
    setErrorSeen(error);
    setChangedSinceError({});
  }
  const categories = useArticleCategories();

  const api = formErrors(error, fieldsByApiName);
  const local = articleProblems(values);
  const messageOf = (field: ArticleField): string | undefined => {
    const shown = field === 'title' && !values.title.trim() ? touched.title || submitted : true;
    return (shown ? local[field] : undefined) ?? (changedSinceError[field] ? undefined : api.fields[field]);
  };
  const change = <F extends ArticleField>(field: F, value: ArticleFormValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setChangedSinceError((current) => ({ ...current, [field]: true }));
  };
  const text = (field: 'slug' | 'description' | 'body' | 'pubDate') => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => change(field, event.currentTarget.value),
    onBlur: () => setTouched((current) => ({ ...current, [field]: true })),
    error: messageOf(field),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(articleProblems(values)).length) return;
    onSubmit(inputOf(values));
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Article">
      <Stack gap="lg">
        {api.message && (
          <Alert color="red" variant="light" title="Nothing was saved">
            {api.message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Title"
            required
            value={values.title}
            onChange={(event) => {
              const title = event.currentTarget.value;
              setValues((current) => withTitle(current, title, slugEdited));
              setChangedSinceError((current) => ({ ...current, title: true, ...(slugEdited ? {} : { slug: true }) }));
            }}
            onBlur={() => setTouched((current) => ({ ...current, title: true }))}
            error={messageOf('title')}
          />
          <TextInput
            label="Address"
            description={`/p/${practiceSlug}/articles/${values.slug || '…'}`}
            {...text('slug')}
            onChange={(event) => {
              setSlugEdited(true);
              change('slug', event.currentTarget.value);
            }}
          />
        </SimpleGrid>
        <Textarea
          label="Description"
          description="One or two sentences: shown in the article list, in link previews and to search engines."
          autosize
          minRows={2}
          maxRows={4}
          {...text('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Publication date" type="datetime-local" description="A future date publishes it then, on its own." {...text('pubDate')} />
          <Autocomplete
            label="Category"
            data={categories.data ?? []}
            maxLength={articleLimits.category}
            value={values.category}
            onChange={(category) => change('category', category)}
            error={messageOf('category')}
          />
          <TagsInput
            label="Tags"
            description="Press Enter after each."
            value={values.tags}
            onChange={(tags) => change('tags', tags)}
            error={messageOf('tags')}
            clearable
          />
        </SimpleGrid>
        <Group gap="xl">
          <Switch
            label="Draft"
            description="A draft is never public."
            checked={values.draft}
            onChange={(event) => change('draft', event.currentTarget.checked)}
            error={messageOf('draft')}
          />
          <Switch
            label="Show the call to action"
            description="Your bio and call to action below the article."
            checked={values.promo}
            onChange={(event) => change('promo', event.currentTarget.checked)}
            error={messageOf('promo')}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Textarea
            label="Article (Markdown)"
            description="**bold**, *italic*, ## headings, lists, links; YouTube and Vimeo links become players."
            autosize
            minRows={14}
            maxRows={40}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...text('body')}
          />
          <ArticlePreview title={values.title} markdown={values.body} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          {actions}
        </Group>
      </Stack>
    </form>
  );
}
