/** The model in resources/ner, loaded once per test file. */
import path from 'node:path';
import { loadNerModel, type NerModel } from '../model';

export const shippedModelPath = path.resolve(__dirname, '../../../../../resources/ner/model.bin');

let model: NerModel | undefined;

export const shippedModel = (): NerModel => (model ??= loadNerModel(shippedModelPath));
