export { InputFieldsForm, type InputFieldsFormProps } from './InputFieldsForm';
export { rateText } from './rateText';
