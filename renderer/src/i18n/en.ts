import { deskEn } from './desk.en';
import { deskadminEn } from './deskadmin.en';
import { edukasiEn } from './edukasi.en';
import type { Translation } from './id';
import { kioskEn } from './kiosk.en';
import { reportDocsEn } from './reportdocs.en';
import { reportsEn } from './reports.en';

export const en: Translation = {
  app: {
    name: 'Balai Migran',
    tagline: 'Information Service for Migrant Workers',
    loading: 'Loading…',
    startFailed: 'The app could not start',
    retry: 'Try again',
  },
  common: {
    showPassword: 'Show password',
  },
  language: {
    label: 'Choose language',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  kiosk: kioskEn,
  setup: {
    documentTitle: 'First-time setup — Balai Migran',
    title: 'Welcome to Balai Migran',
    intro: 'Before first use, set up the app once: the village profile, then the first admin account.',
    stepVillage: 'Village profile',
    stepVillageHint: 'Village and address',
    stepAdmin: 'Admin account',
    stepAdminHint: 'To sign in to the app',
    village: {
      heading: 'Step 1 of 2: Village profile',
      region: 'Village (desa or kelurahan)',
      regionHint: 'Type the village name, the district (kecamatan) name, or the region code.',
      regionGroup: 'Kecamatan {{district}}',
      regionChosen: 'Region code {{code}} · Kecamatan {{district}} · {{regency}}',
      regionSource: 'Source of the region list: {{source}}',
      regionsLoading: 'Loading the village list…',
      nothingFound: 'No matching village.',
      name: 'Village name',
      nameHint: 'As written on the village office sign.',
      address: 'Village office address',
      addressHint: 'Street, block or hamlet, and number if any.',
      next: 'Next',
    },
    admin: {
      heading: 'Step 2 of 2: Admin account',
      intro: 'The admin manages staff accounts and app data. Write this password down and keep it somewhere safe.',
      rulesTitle: 'Password rules',
      ruleLength: 'At least 8 characters.',
      ruleCommon: 'Not a common, easy-to-guess password such as 12345678 or bismillah123.',
      ruleWords: 'Must not contain the village name, the username, or the app name.',
      ruleTip: 'A short sentence you can remember is stronger than one complicated word.',
      username: 'Username',
      usernameHint: '3–32 characters: lower-case letters, digits, dot, underscore, or hyphen. Example: sekdes',
      displayName: 'Full name',
      displayNameHint: 'Shown on screen and in the activity log.',
      password: 'Password',
      passwordConfirm: 'Repeat the password',
      back: 'Back',
      submit: 'Finish setup',
    },
    errors: {
      required: 'Required.',
      chooseRegion: 'Choose a village from the list.',
      passwordMismatch: 'The two passwords are not the same.',
    },
    goToLogin: 'Go to sign-in',
    done: 'Setup is complete. Sign in with the new admin account.',
  },
  login: {
    documentTitle: 'Staff sign-in — Balai Migran',
    title: 'Staff sign-in',
    intro: 'For village staff only. Visitors do not need to sign in.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    backToKiosk: 'Back to the kiosk screen',
    failedTitle: 'Could not sign in',
    throttledTitle: 'Please wait',
    required: 'Required.',
    loggedOut: 'You have signed out. Goodbye.',
    successTitle: 'Done',
    noticeTitle: 'Note',
  },
  staff: {
    navLabel: 'Staff menu',
    logout: 'Sign out',
    loadFailed: 'The data could not be loaded',
    roles: {
      admin: 'Admin',
      desk_officer: 'Service desk officer',
      educator: 'Education house facilitator',
      viewer: 'Village leadership',
    },
    nav: {
      home: 'Home',
    },
    home: {
      documentTitle: 'Home — Balai Migran',
      greeting: 'Welcome, {{name}}',
      village: {
        title: 'Village profile',
        name: 'Name',
        code: 'Region code',
        area: 'Area',
        address: 'Office address',
      },
      account: {
        title: 'Your account',
        name: 'Name',
        username: 'Username',
        role: 'Role',
      },
      about: {
        title: 'About the app',
        version: 'App version',
        schema: 'Database version',
      },
    },
  },
  demo: {
    label: 'SAMPLE DATA',
    text: 'Every name and number in this app is made up, not real residents’ data.',
  },
  village: {
    desa: 'Desa {{name}}',
    kelurahan: 'Kelurahan {{name}}',
    district: 'Kecamatan {{district}}, {{regency}}',
  },
  ...deskEn,
  ...deskadminEn,
  ...edukasiEn,
  ...reportsEn,
  ...reportDocsEn,
};
