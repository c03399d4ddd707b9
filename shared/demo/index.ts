export { generateDemoFair, DEMO_NOW, DEMO_SEED, type DemoFair, type DemoOptions } from './generate';
export { DEMO_FIELDS, FIELD_BANKS, type DemoField } from './banks';
