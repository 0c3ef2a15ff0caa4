import { Alert, Avatar, Button, Fieldset, Group, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { PracticeProfileInput } from '@ascend/web/data-access';
import { formErrors } from '@ascend/web/ui';
import { type FormEvent, useCallback, useState } from 'react';
import { PracticeProfileCard } from '../practices/practice-profile-card';
import { TimeZoneSelect } from '../practices/time-zone-select';
import {
  fieldsByApiName,
  inputOf,
  MAX_SOCIAL_LINKS,
  type SiteSettingsField,
  type SiteSettingsValues,
  settingsProblems,
} from './site-settings-values';

interface SiteSettingsFormProps {
  initial: SiteSettingsValues;
  error: Error | null;
  saving: boolean;
  saved: boolean;
  onSubmit: (input: PracticeProfileInput) => void;
}

type TextField = Exclude<keyof SiteSettingsValues, 'socialLinks'>;

/**
 * The practice's public profile, with the "About the coach" card as visitors will see it. The browser's own checks
 * show once saving was tried; the API's stay under their fields until the field changes.
 */
export function SiteSettingsForm({ initial, error, saving, saved, onSubmit }: SiteSettingsFormProps) {
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [errorSeen, setErrorSeen] = useState(error);
  const [changed, setChanged] = useState<Partial<Record<SiteSettingsField, boolean>>>({});
  if (error !== errorSeen) {
    setErrorSeen(error);
    setChanged({});
  }
  const api = formErrors(error, fieldsByApiName);
  const local = submitted ? settingsProblems(values) : {};
  const messageOf = (field: SiteSettingsField) => local[field] ?? (changed[field] ? undefined : api.fields[field]);

  const setText = useCallback((field: TextField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setChanged((current) => ({ ...current, [field]: true }));
  }, []);
  const setTimeZone = useCallback((zone: string) => setText('timeZone', zone), [setText]);
  const bind = (field: TextField) => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => setText(field, event.currentTarget.value),
    error: messageOf(field),
  });
  const setLink = (index: number, part: 'label' | 'url', value: string) => {
    setValues((current) => ({ ...current, socialLinks: current.socialLinks.map((link, i) => (i === index ? { ...link, [part]: value } : link)) }));
    setChanged((current) => ({ ...current, [`socialLinks.${index}.${part}`]: true }));
  };
  // Rows move up when one is removed: the API's problems no longer match their rows, so they are let go.
  const removeLink = (index: number) => {
    setValues((current) => ({ ...current, socialLinks: current.socialLinks.filter((_, i) => i !== index) }));
    const links = Object.values(fieldsByApiName).filter((field) => field.startsWith('socialLinks.'));
    setChanged((current) => ({ ...current, ...Object.fromEntries(links.map((field) => [field, true])) }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(settingsProblems(values)).length) return;
    onSubmit(inputOf(values));
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Public profile">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap="lg">
          {api.message && (
            <Alert color="red" variant="light" title="Nothing was saved">
              {api.message}
            </Alert>
          )}
          <Fieldset legend="The practice">
            <Stack gap="sm">
              <TextInput label="Practice name" required {...bind('name')} />
              <TextInput label="Tagline" description="One line under the name: who you help, toward what." {...bind('tagline')} />
              <TimeZoneSelect value={values.timeZone} onChange={setTimeZone} error={messageOf('timeZone')} description="Masterclass times and the weekly newsletter follow it." />
            </Stack>
          </Fieldset>
          <Fieldset legend="The coach">
            <Stack gap="sm">
              <TextInput label="Coach name" {...bind('coachName')} />
              <Textarea label="Bio" description="Plain text; a blank line starts a new paragraph." autosize minRows={4} maxRows={14} {...bind('coachBio')} />
              <Group align="flex-start" wrap="nowrap">
                <TextInput label="Photo address" placeholder="https://…" style={{ flex: 1 }} {...bind('photoUrl')} />
                <Avatar src={values.photoUrl.trim() || null} name={values.coachName} size="lg" mt={24} alt="Photo preview" color="ascend" />
              </Group>
            </Stack>
          </Fieldset>
          <Fieldset legend="Call to action">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="Button text" placeholder="Book a discovery call" {...bind('ctaText')} />
              <TextInput label="Button link" placeholder="https://…" {...bind('ctaUrl')} />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend="Social links">
            <Stack gap="sm">
              {values.socialLinks.map((link, i) => (
                <Group key={i} align="flex-start" wrap="wrap" gap="xs">
                  <TextInput label={`Link ${i + 1} name`} placeholder="LinkedIn" w={{ base: '100%', xs: 140 }} value={link.label} onChange={(e) => setLink(i, 'label', e.currentTarget.value)} error={messageOf(`socialLinks.${i}.label`)} />
                  <TextInput label={`Link ${i + 1} address`} placeholder="https://…" style={{ flex: 1, minWidth: 200 }} value={link.url} onChange={(e) => setLink(i, 'url', e.currentTarget.value)} error={messageOf(`socialLinks.${i}.url`)} />
                  <Button variant="subtle" color="red" mt={24} onClick={() => removeLink(i)} aria-label={`Remove link ${i + 1}`}>
                    Remove
                  </Button>
                </Group>
              ))}
              {values.socialLinks.length < MAX_SOCIAL_LINKS ? (
                <Button variant="default" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => setValues((current) => ({ ...current, socialLinks: [...current.socialLinks, { label: '', url: '' }] }))}>
                  Add a link
                </Button>
              ) : (
                <Text size="sm" c="gray.7">
                  {MAX_SOCIAL_LINKS} links is the most a profile shows.
                </Text>
              )}
            </Stack>
          </Fieldset>
          <Group>
            <Button type="submit" loading={saving}>
              Save profile
            </Button>
            {saved && (
              <Text size="sm" c="green.8" role="status">
                Saved: your public page shows it now.
              </Text>
            )}
          </Group>
        </Stack>
        <Stack gap="sm">
          <Title order={2} size="h4">
            Preview
          </Title>
          <Text size="sm" c="gray.7">
            How “About the coach” looks on your page and below articles with the call to action.
          </Text>
          <PracticeProfileCard profile={inputOf(values)} headingId="profile-preview" />
        </Stack>
      </SimpleGrid>
    </form>
  );
}
