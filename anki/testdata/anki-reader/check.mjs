// Reads an .apkg with the npm package anki-reader (zip.js for the zip,
// sql.js for the SQLite database, its own parser for the card templates)
// and prints what it found as JSON, for anki/reader_test.go to check.
// Run with node, in a directory where `npm ci` installed package.json.
import { readFile } from 'node:fs/promises';
import { readAnkiPackage } from 'anki-reader';

const data = await readFile(process.argv[2]);
const { collection, media } = await readAnkiPackage(new Blob([data]));
const out = {
  version: collection.getVersion(),
  media: Object.keys(media).length,
  models: [],
  decks: [],
  cards: [],
};
for (const [id, model] of Object.entries(collection.getModels())) {
  out.models.push({
    id,
    name: model.getName(),
    fields: model.getFields().map((f) => f.name),
    templates: model.getTemplates().length,
  });
}
for (const [id, deck] of Object.entries(collection.getDecks())) {
  const cards = Object.values(deck.getCards());
  out.decks.push({ id, name: deck.getName(), cards: cards.length });
  for (const card of cards) {
    const fields = card.getFields();
    const questions = card.getQuestions();
    out.cards.push({
      fields,
      questions: questions.length,
      question: questions[0]?.getQuestionString() ?? '',
      answer: questions[0]?.getAnswerString() ?? '',
    });
  }
}
process.stdout.write(JSON.stringify(out));
