/**
 * Every word the site's pages and components write themselves, in both editions. The story's
 * prose is in content/story/ (and content/story/ru/), the data's text in content/data/, the
 * charts' words beside each chart (src/charts/<chart>/words.ts).
 * Usage: const t = UI[locale].article; t.contents
 */
import type { Localized } from './locale';

/** What a slide's QR code opens in the article. */
type SlidePlace = 'step' | 'chapter';
const RU_THIS: Record<SlidePlace, string> = { step: 'этот шаг', chapter: 'эту главу' };

const en = {
  /** The language switch: names the other edition in its own language. */
  language: {
    name: 'English',
    other: 'Русский',
    /** Starts with the visible name, so voice control finds the link by what it shows. */
    otherLabel: 'Русский — эта страница по-русски',
    /** The landmark around the corner switch. */
    landmark: 'Language',
    ogLocale: 'en_GB',
  },
  site: {
    name: 'Switched off',
    headline: 'How Russia shut WhatsApp down, one phase at a time',
    title: 'Switched off: how Russia shut WhatsApp down, one phase at a time',
    description:
      'From restricted calls in August 2025 to erasure from the national DNS in February 2026: a sourced, step-by-step account of the WhatsApp blockade and the push to Max.',
    publisher: 'Switched off explainer desk',
  },
  article: {
    kicker: "Explainer · Russia's internet",
    present: 'Present this story in class',
    teach: "Teacher's guide",
    saveFile: 'Save this story as one file to pass on',
    saveFileAfter: ': it opens in any browser, without a connection.',
    published: 'Published',
    factChecked: 'Facts last checked',
    sources: 'Sources and method',
    contents: 'In this story',
    nowReading: 'Contents. Now reading: ',
    shareChapter: (title: string) => `the chapter “${title}”`,
    shareStep: 'this step',
    share: 'Share',
    copied: 'Link copied',
    copyFailed: 'Copy this link',
    progress: 'Reading progress',
  },
  data: {
    show: 'Show the data',
    behind: 'behind this chart',
    disputed: 'Disputed:',
    download: 'Download',
    columnsMeaning: 'what the columns mean',
  },
  figure: { source: 'Source', also: 'Also', measures: 'Measures' },
  sources: {
    intro: 'All the data behind the charts, with these sources, can be downloaded:',
    dataLink: 'the data tables (CSV) and what each column means',
    articles: 'The two articles this project started from',
    others: (n: number) => `All ${n} other sources, oldest first`,
    noDate: 'no date shown',
    unverified: '(address not confirmed in a search result)',
    caution: 'Caution:',
  },
  sharePage: { read: 'Read this chapter' },
  teach: {
    title: "Teacher's guide: Switched off",
    description:
      'A 45-minute lesson on how Russia restricted WhatsApp in phases: learning goals, a lesson plan linked to the slides, discussion questions and a glossary.',
    kicker: 'For teachers',
    heading: 'Teaching “Switched off”',
    standfirst:
      'A 45-minute lesson built on the explainer about how Russia restricted WhatsApp in phases and pushed users towards Max. Put the presentation on the projector, talk through it, and let students follow on their phones through the QR codes.',
    start: 'Start the presentation',
    read: 'Read the article',
    data: 'The data (CSV)',
    print: 'Print this page for a one-page worksheet of the discussion questions.',
    goals: 'Learning goals',
    goalsIntro: 'By the end of the lesson, students can:',
    plan: (minutes: number) => `Lesson plan (${minutes} minutes)`,
    minutes: (minutes: number) => `${minutes} min`,
    planNote:
      'Times follow the number of slides in each chapter. In the presentation, the arrow keys or a clicker move between slides, S opens a presenter view with notes, B blanks the screen and Q shows a QR code of the current step.',
    worksheet: 'worksheet',
    fields: ['Name', 'Class', 'Date'],
    worksheetIntro: (title: string) =>
      `Answer from the explainer “${title}”. For each answer, name the source it rests on.`,
    questions: 'Discussion questions',
    glossary: 'Glossary',
  },
  present: {
    title: 'Switched off: classroom presentation',
    description:
      'The WhatsApp blockade explainer as slides for a classroom: one slide per step, with speaker notes and QR codes.',
    heading: 'Switched off: how Russia shut WhatsApp down, as slides',
    elapsed: 'Elapsed time',
    restartClock: 'Restart clock',
    keys: 'Keys: arrows or PageUp/PageDown to move, B blanks, Q shows the QR code, Esc leaves.',
    slides: 'Slides',
    notesPanel: 'Step text and speaker notes',
    notes: 'Notes',
    controls: 'Presentation controls',
    previous: 'Previous',
    next: 'Next',
    qr: 'QR code',
    presenter: 'Presenter view',
    fullscreen: 'Full screen',
    back: 'Back to the article',
    slide: 'Slide',
    qrWhole: 'QR code: the whole story',
    qrThis: (kind: SlidePlace) => `QR code: this ${kind} in the article`,
    openOnPhone: (kind: SlidePlace) => `Open this ${kind} on a phone (QR code)`,
    readWhole: 'Read the whole story',
    readWholeHow: 'Every figure and date, with its source, on your own phone or computer:',
  },
  notFound: {
    title: 'Page not found',
    description: 'This address does not exist.',
    heading: 'There is no page at this address',
    intro: 'The link may be mistyped or out of date. The story,',
    chapters: 'has these chapters:',
  },
};

type Words = typeof en;

const ru: Words = {
  language: {
    name: 'Русский',
    other: 'English',
    otherLabel: 'English — this page in English',
    landmark: 'Язык',
    ogLocale: 'ru_RU',
  },
  site: {
    name: 'Отключено',
    headline: 'Как Россия отключала WhatsApp — этап за этапом',
    title: 'Отключено: как Россия отключала WhatsApp — этап за этапом',
    description:
      'От ограничения звонков в августе 2025 года до удаления из национальной системы доменных имен в феврале 2026-го: пошаговый рассказ о блокировке WhatsApp и продвижении Max — с источником для каждой цифры.',
    publisher: 'Редакция проекта «Отключено»',
  },
  article: {
    kicker: 'Объясняем · Интернет в России',
    present: 'Показать эту историю на уроке',
    teach: 'Методичка для учителя',
    saveFile: 'Сохранить историю одним файлом, чтобы передать дальше',
    saveFileAfter: ': он откроется в любом браузере без подключения к сети.',
    published: 'Опубликовано',
    factChecked: 'Факты проверены',
    sources: 'Источники и метод',
    contents: 'В этой истории',
    nowReading: 'Содержание. Сейчас: ',
    shareChapter: (title: string) => `главу «${title}»`,
    shareStep: 'этот шаг',
    share: 'Поделиться',
    copied: 'Ссылка скопирована',
    copyFailed: 'Скопируйте ссылку',
    progress: 'Прочитано',
  },
  data: {
    show: 'Показать данные',
    behind: 'этого графика',
    disputed: 'Спорно:',
    download: 'Скачать',
    columnsMeaning: 'что значат столбцы',
  },
  figure: { source: 'Источник', also: 'Также', measures: 'Что измеряет' },
  sources: {
    intro: 'Все данные, на которых построены графики, вместе с этими источниками можно скачать:',
    dataLink: 'таблицы данных (CSV) и описание каждого столбца',
    articles: 'Две статьи, с которых начался проект',
    others: (n: number) => `Остальные источники (${n}), от старых к новым`,
    noDate: 'дата не указана',
    unverified: '(адрес не подтвержден поисковой выдачей)',
    caution: 'Осторожно:',
  },
  sharePage: { read: 'Читать главу' },
  teach: {
    title: 'Методичка для учителя: «Отключено»',
    description:
      'Урок на 45 минут о том, как Россия поэтапно ограничивала WhatsApp: цели урока, план со ссылками на слайды, вопросы для обсуждения и словарь терминов.',
    kicker: 'Учителю',
    heading: 'Как провести урок по материалу «Отключено»',
    standfirst:
      'Урок на 45 минут по материалу о том, как Россия поэтапно ограничивала WhatsApp и подталкивала пользователей к Max. Выведите презентацию на проектор, прокомментируйте ее, а ученики могут следить за ней на своих телефонах по QR-кодам.',
    start: 'Начать презентацию',
    read: 'Читать статью',
    data: 'Данные (CSV)',
    print:
      'Распечатайте эту страницу — получится рабочий лист с вопросами для обсуждения на одной странице.',
    goals: 'Цели урока',
    goalsIntro: 'К концу урока ученики смогут:',
    plan: (minutes: number) => `План урока (${minutes} минут)`,
    minutes: (minutes: number) => `${minutes} мин`,
    planNote:
      'Время на каждую главу рассчитано по числу ее слайдов. В презентации слайды листают стрелками или кликером, S открывает режим ведущего с заметками, B выключает экран, Q показывает QR-код текущего шага.',
    worksheet: 'рабочий лист',
    fields: ['Имя', 'Класс', 'Дата'],
    worksheetIntro: (title: string) =>
      `Отвечайте по материалу «${title}». К каждому ответу укажите источник, на который он опирается.`,
    questions: 'Вопросы для обсуждения',
    glossary: 'Словарь',
  },
  present: {
    title: 'Отключено: презентация для урока',
    description:
      'Материал о блокировке WhatsApp в виде слайдов для урока: слайд на каждый шаг, заметки для ведущего и QR-коды.',
    heading: 'Отключено: как Россия отключала WhatsApp, в слайдах',
    elapsed: 'Прошло времени',
    restartClock: 'Сбросить таймер',
    keys: 'Клавиши: стрелки или PageUp/PageDown — листать, B — пустой экран, Q — QR-код, Esc — выход.',
    slides: 'Слайды',
    notesPanel: 'Текст шага и заметки для ведущего',
    notes: 'Заметки',
    controls: 'Управление презентацией',
    previous: 'Назад',
    next: 'Вперед',
    qr: 'QR-код',
    presenter: 'Режим ведущего',
    fullscreen: 'Во весь экран',
    back: 'Вернуться к статье',
    slide: 'Слайд',
    qrWhole: 'QR-код: вся история',
    qrThis: (kind: SlidePlace) => `QR-код: ${RU_THIS[kind]} в статье`,
    openOnPhone: (kind: SlidePlace) => `Открыть ${RU_THIS[kind]} на телефоне (QR-код)`,
    readWhole: 'Читайте всю историю',
    readWholeHow: 'Все цифры и даты с источниками — на вашем телефоне или компьютере:',
  },
  notFound: {
    title: 'Страница не найдена',
    description: 'Такого адреса нет.',
    heading: 'По этому адресу страницы нет',
    intro: 'Возможно, в ссылке опечатка или она устарела. В истории',
    chapters: 'есть такие главы:',
  },
};

export const UI: Localized<Words> = { en, ru };
